package org.whiskerstudio.labelling;

import java.util.Set;

/**
 * A stored label: an image, a class and a {@link Shape}.
 *
 * @param flags free markers that formats carry ("crowd" for COCO iscrowd, "difficult" and "truncated" for VOC)
 */
public record Annotation(long id, long imageId, long classId, Shape shape, Set<String> flags) {
    public static final String CROWD = "crowd";
    public static final String DIFFICULT = "difficult";
    public static final String TRUNCATED = "truncated";

    public Annotation {
        flags = Set.copyOf(flags);
    }

    public Annotation withShape(Shape next) {
        return new Annotation(id, imageId, classId, next, flags);
    }

    public Annotation withClass(long nextClassId) {
        return new Annotation(id, imageId, nextClassId, shape, flags);
    }
}
