package org.whiskerstudio.labelling.formats;

import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.Shape;

/**
 * A region label in a dataset file: a class name and a region (never a tag), with format flags.
 *
 * @param source where the label came from, when the file says (our {@link LabelSourceField}); empty otherwise
 */
public record DatasetShape(String className, Shape shape, Set<String> flags, Optional<LabelSource> source) {
    public DatasetShape {
        if (shape instanceof Shape.Tag) {
            throw new IllegalArgumentException("image-level tags belong in DatasetImage.tags, not in shapes");
        }
        flags = Set.copyOf(flags);
    }

    public DatasetShape(String className, Shape shape, Set<String> flags) {
        this(className, shape, flags, Optional.empty());
    }

    public DatasetShape(String className, Shape shape) {
        this(className, shape, Set.of());
    }

    public DatasetShape withShape(Shape next) {
        return new DatasetShape(className, next, flags, source);
    }

    public DatasetShape withSource(LabelSource next) {
        return new DatasetShape(className, shape, flags, Optional.of(next));
    }
}
