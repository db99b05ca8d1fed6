package org.whiskerstudio.ui.library;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.ui.map.MapViewModel;

/**
 * The Data screen's map: shown instead of the grid while {@link #showingMapProperty} is on, and the examples a map
 * selection asked the grid to show, kept until the filter or search changes.
 */
public final class DataMap {
    private final MapViewModel map;
    private final BooleanProperty showingMap = new SimpleBooleanProperty();
    private Optional<Set<Long>> only = Optional.empty();

    /**
     * @param showInGrid        what "Show in grid" does with the selection
     * @param afterEdit         what follows a label edit on the map (the grid re-reads)
     * @param showAllWhenChanged values (filter, search) whose change shows every example again
     */
    DataMap(MapViewModel map, Consumer<Set<Long>> showInGrid, Runnable afterEdit,
            ObservableValue<?>... showAllWhenChanged) {
        this.map = map;
        map.setOnShowInGrid(showInGrid);
        map.setAfterEdit(afterEdit);
        for (ObservableValue<?> value : showAllWhenChanged) {
            // Registered before the screen's own listeners, which reload the grid.
            value.addListener((o, was, now) -> only = Optional.empty());
        }
    }

    public MapViewModel map() {
        return map;
    }

    /** Whether the map is shown instead of the grid. */
    public BooleanProperty showingMapProperty() {
        return showingMap;
    }

    void projectOpened(Optional<ProjectSession> next) {
        only = Optional.empty();
        map.projectOpened(next);
    }

    /** The grid shows only these examples, and comes back in place of the map. */
    void showOnly(Set<Long> ids) {
        only = Optional.of(Set.copyOf(ids));
        showingMap.set(false);
    }

    boolean passes(long imageId) {
        return only.map(ids -> ids.contains(imageId)).orElse(true);
    }
}
