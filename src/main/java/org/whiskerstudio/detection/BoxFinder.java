package org.whiskerstudio.detection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a trained detector offers the screens and commands: the boxes it finds on an image, in that image's pixels,
 * after its confidence threshold and non-maximum suppression. Class indices point into {@link #classes()}.
 */
public interface BoxFinder {
    /** The run's classes, in the order of {@link Detection#classIndex()}. */
    List<String> classes();

    /** The boxes on one image file, best score first; empty when it finds none. */
    List<Detection> find(Path image) throws IOException;
}
