package org.whiskerstudio.ui.map;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.whiskerstudio.map.ProjectMap;

/** Which points of the shown map are grouped: the lasso's selection and the k-means clusters (indices into it). */
final class MapSelection {
    private final Supplier<Optional<ProjectMap>> shown;
    private final ReadOnlyObjectWrapper<int[]> selection = new ReadOnlyObjectWrapper<>(new int[0]);
    private int[] clusters = new int[0];

    MapSelection(Supplier<Optional<ProjectMap>> shown) {
        this.shown = shown;
    }

    /** Forgets both (another map). */
    void clear() {
        clusters = new int[0];
        selection.set(new int[0]);
    }

    void select(int[] indices) {
        selection.set(indices.clone());
    }

    /** Each point's cluster (0-based), empty before clustering. */
    int[] clusters() {
        return clusters;
    }

    void setClusters(int[] found) {
        clusters = found;
    }

    Set<Long> selectedIds() {
        return ids(selection.get());
    }

    /** The members of cluster {@code cluster} (0-based), empty before clustering. */
    Set<Long> clusterMembers(int cluster) {
        return ids(IntStream.range(0, clusters.length).filter(i -> clusters[i] == cluster).toArray());
    }

    private Set<Long> ids(int[] indices) {
        Set<Long> ids = new LinkedHashSet<>();
        shown.get().ifPresent(m -> {
            for (int i : indices) {
                ids.add(m.imageIds()[i]);
            }
        });
        return ids;
    }

    ReadOnlyObjectProperty<int[]> selectionProperty() {
        return selection.getReadOnlyProperty();
    }
}
