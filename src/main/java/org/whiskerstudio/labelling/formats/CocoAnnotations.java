package org.whiskerstudio.labelling.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/**
 * Turns one COCO annotation object into a shape. Polygon segmentation wins over the bbox (which COCO derives
 * from it); several polygons are one object in parts; an RLE mask ({counts, size}) is not imported, its bbox is, as a box.
 */
final class CocoAnnotations {
    /** Non-standard: flags COCO cannot say (anything but crowd), written and read back by Whisker Studio. */
    static final String FLAGS_FIELD = "whisker_flags";
    /**
     * Non-standard: a box's exact far corner [x2, y2], written only when x + width does not round back to x2 in
     * doubles (about 2% of arbitrary coordinates), so that boxes survive round trips bit for bit.
     */
    static final String CORNER_FIELD = "whisker_corner";

    private CocoAnnotations() {
    }

    static List<DatasetShape> shapes(JsonFields json, JsonNode annotation, String place, String className)
            throws FormatException {
        Set<String> flags = flags(json, annotation, place);
        JsonNode segmentation = json.optional(annotation, "segmentation").orElse(NullNode.getInstance());
        String segmentationPlace = JsonFields.field(place, "segmentation");
        if (!segmentation.isNull() && !segmentation.isArray() && !segmentation.isObject()) {
            throw json.error(segmentationPlace, "expected a list of polygons or an RLE mask {counts, size}, found "
                    + JsonFields.describe(segmentation));
        }
        if (!segmentation.isArray() || segmentation.isEmpty()) {
            // No segmentation, an empty one (a box), or an RLE mask, whose bbox is all that is imported.
            return List.of(new DatasetShape(className, box(json, annotation, place), flags));
        }
        if (json.optional(annotation, "bbox").isPresent()) {
            // Unused, as COCO derives it from the polygons, but checked: a malformed bbox means a malformed file.
            box(json, annotation, place);
        }
        List<Shape.Region> parts = new ArrayList<>(segmentation.size());
        for (int i = 0; i < segmentation.size(); i++) {
            parts.add(polygon(json, segmentation.get(i), JsonFields.index(segmentationPlace, i)));
        }
        // Several polygons are one object seen in parts (occluded, cut by another): it stays one object.
        return List.of(new DatasetShape(className, parts.size() == 1 ? parts.get(0) : new Shape.Parts(parts), flags));
    }

    private static Set<String> flags(JsonFields json, JsonNode annotation, String place) throws FormatException {
        Set<String> flags = new LinkedHashSet<>();
        if (crowd(json, annotation, place)) {
            flags.add(Annotation.CROWD);
        }
        JsonNode extra = json.optionalArray(annotation, place, FLAGS_FIELD);
        for (int i = 0; i < extra.size(); i++) {
            JsonNode flag = extra.get(i);
            if (!flag.isTextual() || flag.asText().isBlank()) {
                throw json.error(JsonFields.index(JsonFields.field(place, FLAGS_FIELD), i),
                        "expected a flag name, found " + JsonFields.describe(flag));
            }
            flags.add(flag.asText());
        }
        return flags;
    }

    private static boolean crowd(JsonFields json, JsonNode annotation, String place) throws FormatException {
        Optional<JsonNode> value = json.optional(annotation, "iscrowd");
        if (value.isEmpty()) {
            return false;
        }
        if (value.get().isBoolean()) {
            return value.get().asBoolean();
        }
        long crowd = json.requiredInteger(annotation, place, "iscrowd");
        if (crowd != 0 && crowd != 1) {
            throw json.error(JsonFields.field(place, "iscrowd"), "expected 0 or 1, found " + crowd);
        }
        return crowd == 1;
    }

    /** The bbox: [x, y, width, height] in pixels from the top-left corner. */
    private static Shape.Box box(JsonFields json, JsonNode annotation, String place) throws FormatException {
        String bboxPlace = JsonFields.field(place, "bbox");
        double[] v = json.numbers(json.required(annotation, place, "bbox"), bboxPlace, 4);
        if (v[2] < 0 || v[3] < 0) {
            throw json.error(bboxPlace, "the width and height must not be negative, found " + v[2] + " x " + v[3]);
        }
        double x2 = v[0] + v[2];
        double y2 = v[1] + v[3];
        Optional<JsonNode> corner = json.optional(annotation, CORNER_FIELD);
        if (corner.isPresent()) {
            double[] c = json.numbers(corner.get(), JsonFields.field(place, CORNER_FIELD), 2);
            // A tool that moved the bbox but kept our field would make it stale: then the bbox wins.
            if (roundsTo(v[0], v[2], c[0]) && roundsTo(v[1], v[3], c[1])) {
                x2 = c[0];
                y2 = c[1];
            }
        }
        return new Shape.Box(v[0], v[1], x2, y2);
    }

    /** True when {@code from + extent} lands within rounding error of {@code to}. */
    private static boolean roundsTo(double from, double extent, double to) {
        double tolerance = 2 * Math.max(Math.ulp(to), Math.max(Math.ulp(from), Math.ulp(extent)));
        return Math.abs(from + extent - to) <= tolerance;
    }

    /** [x1, y1, x2, y2, ...]. */
    private static Shape.Polygon polygon(JsonFields json, JsonNode part, String place) throws FormatException {
        json.array(part, place);
        if (part.size() % 2 != 0) {
            throw json.error(place, "a polygon is a list of x, y pairs; found an odd count of " + part.size() + " numbers");
        }
        if (part.size() < 6) {
            throw json.error(place, "a polygon needs at least 3 points, found " + part.size() / 2);
        }
        List<Point> points = new ArrayList<>(part.size() / 2);
        for (int i = 0; i < part.size(); i += 2) {
            points.add(new Point(json.numberAt(part, i, place), json.numberAt(part, i + 1, place)));
        }
        return new Shape.Polygon(points);
    }
}
