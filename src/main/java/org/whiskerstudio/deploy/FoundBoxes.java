package org.whiskerstudio.deploy;

import java.util.List;
import org.whiskerstudio.detection.Detection;

/**
 * A detector's answer for one image: the image's own size and the boxes found in its pixels (the letterbox undone),
 * best first, with the classes their indices name.
 */
public record FoundBoxes(int width, int height, List<String> classes, List<Detection> boxes) {
    public FoundBoxes {
        classes = List.copyOf(classes);
        boxes = List.copyOf(boxes);
    }

    /** The class a box names ("?" for an index past the classes, which a checked bundle never gives). */
    public String name(Detection box) {
        return box.classIndex() < classes.size() ? classes.get(box.classIndex()) : "?";
    }
}
