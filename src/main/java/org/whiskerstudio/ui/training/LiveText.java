package org.whiskerstudio.ui.training;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.training.TextSample;

/**
 * The text a next-character model wrote during the run on screen: the latest sample, and the few before it
 * (newest first) so a person can see it change from noise into words. Empty for other models.
 */
public final class LiveText {
    /** Samples kept besides the latest. */
    static final int EARLIER = 4;
    private final ReadOnlyObjectWrapper<Optional<TextSample>> latest = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<TextSample> earlier = FXCollections.observableArrayList();
    private final ObservableList<TextSample> earlierView = FXCollections.unmodifiableObservableList(earlier);

    void clear() {
        latest.set(Optional.empty());
        earlier.clear();
    }

    /** Samples in the order they were written. */
    void addAll(List<TextSample> samples) {
        for (TextSample s : samples) {
            latest.get().ifPresent(previous -> earlier.add(0, previous));
            latest.set(Optional.of(s));
        }
        if (earlier.size() > EARLIER) {
            earlier.remove(EARLIER, earlier.size());
        }
    }

    public ReadOnlyObjectProperty<Optional<TextSample>> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** Newest first, at most {@link #EARLIER}. */
    public ObservableList<TextSample> earlier() {
        return earlierView;
    }

    /** "Step 1,240 · epoch 3 · temperature 0.8". */
    public static String caption(TextSample s) {
        return String.format(Locale.ROOT, "Step %,d · epoch %d · temperature %.1f", s.iteration(),
                s.epoch(), s.temperature());
    }
}
