package org.whiskerstudio.ui.labelling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongPredicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.suggest.Suggestion;
import org.whiskerstudio.suggest.SuggestionOrder;

/**
 * The suggestion queue as the Label screen holds it: the stored suggestions of still-unlabelled examples in the chosen
 * order (read with the images), whether the screen walks them instead of every image, the threshold for accepting in
 * bulk, how many are left, and the suggestion of the example shown while it has no label. Works only on what it is
 * given; the store is read elsewhere.
 */
final class SuggestionQueue {
    /** The threshold a bulk accept starts with: only suggestions the model is quite sure of. */
    static final double DEFAULT_THRESHOLD = 0.9;
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ObjectProperty<SuggestionOrder> order = new SimpleObjectProperty<>(SuggestionOrder.UNCERTAIN);
    private final DoubleProperty threshold = new SimpleDoubleProperty(DEFAULT_THRESHOLD);
    private final ReadOnlyIntegerWrapper left = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper stored = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Optional<Suggestion>> shown = new ReadOnlyObjectWrapper<>(Optional.empty());
    private Map<Long, Suggestion> view = Map.of();

    /** Takes the suggestions read with the images, in the queue's order. */
    void setSuggestions(List<Suggestion> inOrder) {
        Map<Long, Suggestion> byImage = new LinkedHashMap<>();
        inOrder.forEach(s -> byImage.put(s.imageId(), s));
        view = byImage;
        stored.set(byImage.size());
    }

    void clear() {
        setSuggestions(List.of());
        shown.set(Optional.empty());
        left.set(0);
    }

    /** The images the queue walks: those with a suggestion, in the queue's order. */
    List<ImageAsset> walk(List<ImageAsset> all, List<Suggestion> inOrder) {
        Map<Long, ImageAsset> byId = new LinkedHashMap<>();
        all.forEach(i -> byId.put(i.id(), i));
        return inOrder.stream().map(s -> byId.get(s.imageId())).filter(Objects::nonNull).toList();
    }

    /** The queue as it is ordered now (accepted ones included: the accept skips what is labelled by then). */
    List<Suggestion> view() {
        return List.copyOf(view.values());
    }

    /** After the shown image or any status changed: the chip's suggestion and the count of those left. */
    void refresh(Optional<ImageAsset> image, boolean imageHasLabels, LongPredicate labelled) {
        shown.set(imageHasLabels ? Optional.empty() : image.flatMap(i -> Optional.ofNullable(view.get(i.id()))));
        left.set((int) view.keySet().stream().filter(id -> !labelled.test(id)).count());
    }

    /** The queue's order, while the screen walks the queue. */
    Optional<SuggestionOrder> walkedOrder() {
        return active.get() ? Optional.of(order.get()) : Optional.empty();
    }

    BooleanProperty activeProperty() {
        return active;
    }

    ObjectProperty<SuggestionOrder> orderProperty() {
        return order;
    }

    DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** Suggestions in the queue whose example is still unlabelled. */
    ReadOnlyIntegerProperty leftProperty() {
        return left.getReadOnlyProperty();
    }

    /** Suggestions read with the images (before any accepted since). */
    ReadOnlyIntegerProperty storedProperty() {
        return stored.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Optional<Suggestion>> shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
