package org.whiskerstudio.project;

/**
 * Which labels give an image its classes, as classification reads them: tags, boxes, polygons and objects in parts.
 * Points, lines and circles mark places (an eye, an edge, a wheel), not what the image is of, so a tagged image with
 * a keypoint of another class is not made multi-label.
 */
public final class ClassKinds {
    private ClassKinds() {
    }

    /** An SQL condition on the annotation table's kind column, as {@code column} names it ("kind", "a.kind"). */
    public static String sql(String column) {
        return column + " NOT IN ('point', 'line', 'circle')";
    }
}
