package org.whiskerstudio.suggest.dl4j;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.ClassificationData;
import org.whiskerstudio.dataset.ClassificationDataReader;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.evaluation.dl4j.CachedScoring;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.suggest.MistakeScan;
import org.whiskerstudio.suggest.MistakeScoring;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * Scores the labelled training and validation examples of the kind a run's model reads (images, series or texts)
 * through {@link CachedScoring}, as suggesting does; {@code suggest.LabelMistakes} lists the confident disagreements.
 * The parts are the ones training reads (a split is planned for images that have none yet).
 */
public final class MistakeScanner implements MistakeScoring {
    @Override
    public Optional<MistakeScan> scan(ProjectStore store, long runId, Progress progress, Cancellation cancellation)
            throws IOException {
        OpenedRun run = new RunStore(store).open(runId);
        progress.update(0, -1, "Loading the model...");
        return scan(store, run, TrainedModel.ofRun(store, run), progress, cancellation);
    }

    /** The same with a run opened, and its model restored, by the caller. */
    public Optional<MistakeScan> scan(ProjectStore store, OpenedRun run, TrainedModel model, Progress progress,
                                      Cancellation cancellation) {
        MediaKind reads = model.preprocessing().encoding().kind();
        Map<Long, MediaKind> kinds = new HashMap<>();
        store.images(ImageQuery.ALL).forEach(a -> kinds.put(a.id(), MediaKind.of(a.format())));
        ClassificationData data = new ClassificationDataReader(store).read();
        List<CachedScoring.Example> examples = new ArrayList<>();
        Map<MediaKind, Integer> otherKinds = new TreeMap<>();
        for (ClassificationData.Example e : data.examples()) {
            MediaKind kind = kinds.getOrDefault(e.imageId(), MediaKind.IMAGE);
            if (e.subset() == Subset.TEST) {
                continue;
            }
            if (kind == reads) {
                examples.add(new CachedScoring.Example(e.imageId(), e.sha256(), e.file()));
            } else {
                otherKinds.merge(kind, 1, Integer::sum);
            }
        }
        Map<Long, float[]> probabilities = new HashMap<>();
        Optional<List<String>> read = CachedScoring.run(model, store, examples, "Checking labels:", progress,
                cancellation, (i, p) -> probabilities.put(examples.get(i).imageId(), p));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        otherKinds.forEach((kind, count) -> notes.add(CachedScoring.otherKindNote(kind, count, reads)));
        notes.addAll(read.get());
        return Optional.of(new MistakeScan(run.id(), model.classes(), probabilities, notes));
    }
}
