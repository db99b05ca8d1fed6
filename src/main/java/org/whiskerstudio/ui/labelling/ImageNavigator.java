package org.whiskerstudio.ui.labelling;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.project.ImageAsset;

/**
 * The images the screen walks through and where it stands: the list (all images, or only labelled ones in review
 * mode), the position, and each image's status, kept current after edits without re-reading every image.
 * Works only on what it is given; the store is read elsewhere.
 */
final class ImageNavigator {
    private final ObservableList<ImageAsset> images = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final Set<Long> labelled = new HashSet<>();
    private final Set<Long> reviewed = new HashSet<>();
    private final IntegerProperty statusVersion = new SimpleIntegerProperty();

    /**
     * Takes a fresh list of images and the ones walked through (all, the labelled ones in review mode, the suggestion
     * queue's in its order). Leaves the position to {@link #moveTo}.
     */
    void setImages(List<ImageAsset> all, List<ImageAsset> walked, Set<Long> reviewedIds) {
        images.setAll(walked);
        labelled.clear();
        all.stream().filter(ImageAsset::isLabelled).forEach(i -> labelled.add(i.id()));
        reviewed.clear();
        reviewed.addAll(reviewedIds);
        bumpStatus();
    }

    /** Takes every image's status at once (after an edit that may touch many: a bulk accept, its undo). */
    void setStatuses(Set<Long> labelledIds, Set<Long> reviewedIds) {
        if (!labelled.equals(labelledIds) || !reviewed.equals(reviewedIds)) {
            labelled.clear();
            labelled.addAll(labelledIds);
            reviewed.clear();
            reviewed.addAll(reviewedIds);
            bumpStatus();
        }
    }

    boolean isLabelled(long imageId) {
        return labelled.contains(imageId);
    }

    void clear() {
        images.clear();
        index.set(-1);
    }

    void moveTo(int i) {
        index.set(i);
    }

    Optional<ImageAsset> at(int i) {
        return i >= 0 && i < images.size() ? Optional.of(images.get(i)) : Optional.empty();
    }

    /** The images walked through: all, or in review mode only the labelled ones. */
    static List<ImageAsset> walked(List<ImageAsset> all, boolean reviewOnly) {
        return reviewOnly ? all.stream().filter(ImageAsset::isLabelled).toList() : all;
    }

    /** Where an image is in a list, or the first image when it is not there (-1 for an empty list). */
    static int indexOfOrFirst(List<ImageAsset> images, long imageId) {
        for (int i = 0; i < images.size(); i++) {
            if (images.get(i).id() == imageId) {
                return i;
            }
        }
        return images.isEmpty() ? -1 : 0;
    }

    OptionalInt next() {
        int i = index.get();
        return i < images.size() - 1 ? OptionalInt.of(i + 1) : OptionalInt.empty();
    }

    OptionalInt previous() {
        int i = index.get();
        return i > 0 ? OptionalInt.of(i - 1) : OptionalInt.empty();
    }

    /** The next image with no label at all, wrapping round; empty when every image has one. */
    OptionalInt nextUnlabelled() {
        int n = images.size();
        for (int step = 1; step <= n; step++) {
            int i = (index.get() + step) % n;
            if (!labelled.contains(images.get(i).id())) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Records an image's status after an edit; the list redraws only when it changed. */
    void noteStatus(long imageId, boolean isLabelled, boolean isReviewed) {
        boolean changed = isLabelled ? labelled.add(imageId) : labelled.remove(imageId);
        changed |= isReviewed ? reviewed.add(imageId) : reviewed.remove(imageId);
        if (changed) {
            bumpStatus();
        }
    }

    ImageStatus statusOf(ImageAsset image) {
        return reviewed.contains(image.id()) ? ImageStatus.REVIEWED
                : labelled.contains(image.id()) ? ImageStatus.LABELLED : ImageStatus.UNLABELLED;
    }

    private void bumpStatus() {
        statusVersion.set(statusVersion.get() + 1);
    }

    ObservableList<ImageAsset> images() {
        return images;
    }

    ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty statusVersionProperty() {
        return statusVersion;
    }
}
