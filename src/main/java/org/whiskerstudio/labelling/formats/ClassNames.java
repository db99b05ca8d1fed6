package org.whiskerstudio.labelling.formats;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Class lists for formats that have none of their own, or whose list may miss names the labels use. */
final class ClassNames {
    private ClassNames() {
    }

    /**
     * {@code known} in its order, then every other class the images use in order of first appearance (image by
     * image, tags before shapes), so existing ids never move.
     */
    static List<String> inOrderOfAppearance(List<String> known, List<DatasetImage> images) {
        Set<String> classes = new LinkedHashSet<>(known);
        for (DatasetImage image : images) {
            classes.addAll(image.tags());
            image.shapes().forEach(s -> classes.add(s.className()));
        }
        return List.copyOf(classes);
    }
}
