package org.whiskerstudio.ui.map;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.whiskerstudio.map.MapColouring;
import org.whiskerstudio.map.ProjectMap;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.suggest.Suggestion;
import org.whiskerstudio.suggest.SuggestionOrder;
import org.whiskerstudio.suggest.SuggestionStore;

/** What the map shows beside the points, read together off the UI thread: the examples, classes and suggestions. */
record MapContents(ProjectMap map, Map<Long, ImageAsset> images, List<LabelClass> classes,
                   List<Suggestion> suggestions) {

    static MapContents read(ProjectStore store, ProjectMap map) {
        Map<Long, ImageAsset> images = new HashMap<>();
        store.images(ImageQuery.ALL).forEach(i -> images.put(i.id(), i));
        List<Suggestion> suggestions = new SuggestionStore(store).list(SuggestionOrder.CLASS, Integer.MAX_VALUE);
        return new MapContents(map, images, store.labelClasses(), suggestions);
    }

    /**
     * The colouring asked for; by cluster needs {@code clusters}, by anomaly score {@code byScore}'s (empty: every
     * point uncoloured).
     */
    MapColouring colouring(ColourBy by, int[] clusters, Supplier<Optional<MapColouring>> byScore) {
        return switch (by) {
            case LABEL -> MapColouring.byLabel(map, images, classes);
            case SUGGESTION -> MapColouring.bySuggestion(map, suggestions, classes);
            case CLUSTER -> clusters.length == map.size() ? MapColouring.byCluster(clusters)
                    : new MapColouring(List.of(), filled(map.size()));
            case ANOMALY -> byScore.get().orElseGet(() -> new MapColouring(List.of(), filled(map.size())));
        };
    }

    private static int[] filled(int n) {
        int[] none = new int[n];
        Arrays.fill(none, -1);
        return none;
    }
}
