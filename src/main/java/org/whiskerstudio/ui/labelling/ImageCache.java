package org.whiskerstudio.ui.labelling;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * Full-size images for the canvas, decoded in the background by JavaFX. The current image's neighbours are
 * requested ahead so that moving on shows the next photo at once. Very large photos are decoded at most
 * {@value #MAX_SIDE} pixels on the long side (labels stay in original pixel coordinates: the canvas scales).
 */
final class ImageCache {
    static final int MAX_SIDE = 8192;
    private static final int CAPACITY = 5;
    private final Map<String, Image> images = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > CAPACITY;
        }
    };

    Image get(Path file, int width, int height) {
        return images.computeIfAbsent(file.toString(), k -> load(file, width, height));
    }

    void prefetch(Path file, int width, int height) {
        get(file, width, height);
    }

    private static Image load(Path file, int width, int height) {
        int longest = Math.max(width, height);
        if (longest > MAX_SIDE) {
            double f = (double) MAX_SIDE / longest;
            return new Image(file.toUri().toString(), width * f, height * f, true, true, true);
        }
        return new Image(file.toUri().toString(), true);
    }
}
