package org.whiskerstudio.ui.labelling;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.project.ImageAsset;

/** The image on screen as last read from the store: its annotations, whether it is reviewed, the selected region. */
final class ShownImage {
    private final ReadOnlyObjectWrapper<Optional<ImageAsset>> current = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final LongProperty selected = new SimpleLongProperty(0);
    private final BooleanProperty reviewed = new SimpleBooleanProperty(false);

    /** Shows another image (or none) with nothing selected; annotations first, so listeners of the image see them. */
    void show(Optional<ImageAsset> image, LabelSession.ImageState state) {
        selected.set(0);
        annotations.setAll(state.annotations());
        reviewed.set(state.reviewed());
        current.set(image);
    }

    /** The same image after an edit: keeps {@code select} selected if it still exists, else nothing. */
    void update(LabelSession.ImageState state, long select) {
        annotations.setAll(state.annotations());
        reviewed.set(state.reviewed());
        selected.set(find(select).isPresent() ? select : 0);
    }

    Optional<Annotation> find(long annotationId) {
        return annotations.stream().filter(a -> a.id() == annotationId).findFirst();
    }

    Optional<Annotation> selectedAnnotation() {
        return find(selected.get());
    }

    Optional<ImageAsset> image() {
        return current.get();
    }

    ReadOnlyObjectProperty<Optional<ImageAsset>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    ObservableList<Annotation> annotations() {
        return annotations;
    }

    LongProperty selectedProperty() {
        return selected;
    }

    BooleanProperty reviewedProperty() {
        return reviewed;
    }
}
