package org.whiskerstudio.labelling.formats;

import java.util.Set;
import org.whiskerstudio.labelling.Shape;

/** A region label in a dataset file: a class name and a box or polygon (never a tag), with format flags. */
public record DatasetShape(String className, Shape shape, Set<String> flags) {
    public DatasetShape {
        if (shape instanceof Shape.Tag) {
            throw new IllegalArgumentException("image-level tags belong in DatasetImage.tags, not in shapes");
        }
        flags = Set.copyOf(flags);
    }

    public DatasetShape(String className, Shape shape) {
        this(className, shape, Set.of());
    }
}
