package org.whiskerstudio.labelling.formats;

import java.util.List;
import java.util.Optional;
import org.whiskerstudio.labelling.Shape;

/**
 * What a format can write in place of a region, for {@link AnnotationFormat#written}. A format that cannot keep an
 * object's parts together writes the object as one box around its boxes and polygons rather than split it (a
 * detector must learn it as one object) or drop it.
 */
public final class ExportShapes {
    private ExportShapes() {
    }

    /** Boxes and polygons as they are; an object in parts as the box around its boxes and polygons; nothing else. */
    public static Optional<Shape.Region> boxesAndPolygons(Shape.Region region) {
        if (hasArea(region)) {
            return Optional.of(region);
        }
        if (region instanceof Shape.Parts parts) {
            List<Shape.Region> kept = areaParts(parts);
            return kept.isEmpty() ? Optional.empty() : Optional.of(kept.size() == 1 ? kept.get(0)
                    : new Shape.Parts(kept).bounds());
        }
        return Optional.empty();
    }

    /** Boxes and polygons as they are; an object in parts keeps its box and polygon parts together; nothing else. */
    public static Optional<Shape.Region> areaShapesInParts(Shape.Region region) {
        if (hasArea(region)) {
            return Optional.of(region);
        }
        if (region instanceof Shape.Parts parts) {
            List<Shape.Region> kept = areaParts(parts);
            return kept.isEmpty() ? Optional.empty() : Optional.of(kept.size() == 1 ? kept.get(0) : new Shape.Parts(kept));
        }
        return Optional.empty();
    }

    static boolean hasArea(Shape.Region region) {
        return region instanceof Shape.Box || region instanceof Shape.Polygon;
    }

    private static List<Shape.Region> areaParts(Shape.Parts parts) {
        return parts.parts().stream().filter(ExportShapes::hasArea).toList();
    }
}
