package org.whiskerstudio.samples;

import java.util.List;
import org.whiskerstudio.labelling.Shape;

/**
 * A detection sample's preview picture: an encoded image (PNG or JPEG bytes) with its boxes in its own pixels, so a
 * welcome card shows what the sample teaches, boxes around objects, rather than only its photos.
 */
public record BoxedPhoto(byte[] image, int width, int height, List<Shape.Box> boxes) {
    public BoxedPhoto {
        image = image.clone();
        boxes = List.copyOf(boxes);
    }

    @Override
    public byte[] image() {
        return image.clone();
    }
}
