package org.whiskerstudio.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.project.ProjectStore;

/**
 * Possible label mistakes of a project: from a run's scores ({@link MistakeScan}), the labelled training and
 * validation examples (never the test part: correcting it by the model's answers would flatter the model) whose
 * label the run contradicts with at least a threshold's probability, most confident first; and the labels the person
 * kept, which stay off the list until their label changes.
 */
public final class LabelMistakes {
    /** The probability from which a disagreeing run counts as confident. */
    public static final double DEFAULT_THRESHOLD = 0.9;
    private static final Comparator<LabelMistake> MOST_CONFIDENT_FIRST = Comparator
            .comparingDouble(LabelMistake::probability).reversed().thenComparingLong(LabelMistake::imageId);
    private final ProjectStore store;

    public LabelMistakes(ProjectStore store) {
        this.store = store;
    }

    /** The possible mistakes by the current labels and Keeps, most confident first. */
    public List<LabelMistake> list(MistakeScan scan, double threshold) {
        return select(scan, store.read(MistakeTable::listable), threshold);
    }

    /** The examples of {@code listable} (image id to label) the scan contradicts with p >= {@code threshold}. */
    static List<LabelMistake> select(MistakeScan scan, Map<Long, String> listable, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " outside [0, 1]");
        }
        List<LabelMistake> out = new ArrayList<>();
        listable.forEach((imageId, label) -> scan.top(imageId)
                .filter(top -> top.probability() >= threshold && !top.className().equalsIgnoreCase(label))
                .ifPresent(top -> out.add(new LabelMistake(imageId, label, top.className(), top.probability()))));
        out.sort(MOST_CONFIDENT_FIRST);
        return out;
    }

    /** The Keep recorded for an image, whether its label is still the kept one or not. */
    public Optional<KeptLabel> kept(long imageId) {
        return store.read(c -> MistakeTable.kept(c, imageId));
    }

    /** Records a Keep (replacing an earlier one of the image), in its own transaction. */
    public void keep(KeptLabel kept) {
        store.write(c -> {
            MistakeTable.keep(c, kept);
            return null;
        });
    }

    /** Drops an image's Keep, if any. */
    public void forget(long imageId) {
        store.write(c -> {
            MistakeTable.forget(c, imageId);
            return null;
        });
    }
}
