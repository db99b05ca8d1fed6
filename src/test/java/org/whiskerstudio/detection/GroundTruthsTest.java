package org.whiskerstudio.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/** Boxes, polygons and objects in parts by their bounds; no tags, keypoints or unknown classes. */
class GroundTruthsTest {
    @Test
    void boxesAndPolygonBoundsOfKnownClassesOnly() {
        Shape.Box box = new Shape.Box(1, 2, 3, 4);
        Shape.Polygon polygon = new Shape.Polygon(List.of(new Point(5, 1), new Point(9, 4), new Point(6, 8)));
        List<Annotation> annotations = List.of(
                new Annotation(1, 7, 10, box, Set.of()),
                new Annotation(2, 7, 11, new Shape.Tag(), Set.of()),
                new Annotation(3, 7, 11, polygon, Set.of()),
                new Annotation(4, 7, 12, box, Set.of()));
        List<GroundTruth> truths = GroundTruths.of(annotations, Map.of(10L, 0, 11L, 1));
        assertEquals(List.of(new GroundTruth(0, box), new GroundTruth(1, new Shape.Box(5, 1, 9, 8))), truths);
    }

    @Test
    void anObjectInPartsIsOneObjectByItsBoundsAndKeypointsAreNone() {
        Shape.Parts parts = new Shape.Parts(List.of(new Shape.Box(0, 0, 2, 2), new Shape.Box(6, 5, 8, 9)));
        List<Annotation> annotations = List.of(
                new Annotation(1, 7, 10, parts, Set.of()),
                new Annotation(2, 7, 10, new Shape.Dot(new Point(3, 3)), Set.of()),
                new Annotation(3, 7, 10, new Shape.Line(List.of(new Point(0, 0), new Point(4, 4))), Set.of()),
                new Annotation(4, 7, 10, new Shape.Circle(new Point(5, 5), 2), Set.of()));

        assertEquals(List.of(new GroundTruth(0, new Shape.Box(0, 0, 8, 9))), GroundTruths.of(annotations,
                Map.of(10L, 0)));
    }
}
