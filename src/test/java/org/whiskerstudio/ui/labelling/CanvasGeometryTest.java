package org.whiskerstudio.ui.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/** The canvas's arithmetic without a toolkit: zoom and pan, the polygon being drawn, picking and resizing shapes. */
class CanvasGeometryTest {
    @Test
    void fitCentresTheImageAndZoomKeepsThePointUnderThePointer() {
        Viewport view = new Viewport();
        view.fit(1000, 500, 400, 300);
        assertEquals(500 / 300.0 * 0.98, view.scale(), 1e-9);
        Point2D centre = view.toScreen(200, 150);
        assertEquals(500, centre.getX(), 1e-9);
        assertEquals(250, centre.getY(), 1e-9);

        Point under = view.toImage(300, 100);
        view.zoomAbout(2.5, 300, 100);
        Point2D same = view.toScreen(under.x(), under.y());
        assertEquals(300, same.getX(), 1e-9);
        assertEquals(100, same.getY(), 1e-9);
        view.zoomAbout(1e9, 0, 0);
        assertEquals(40, view.scale(), 1e-9, "zoom stops at 40x");
        view.pan(10, -5);
        assertEquals(new Point(0, 0), view.toImage(view.offsetX(), view.offsetY()));
    }

    @Test
    void aPolygonClosesNearItsFirstPointOrOnADoubleClickOnceItHasThree() {
        Viewport view = new Viewport();
        PointsDraft draft = new PointsDraft(view);
        assertFalse(draft.click(new Point(0, 0), true), "a double click with no points adds nothing");
        assertTrue(draft.isEmpty());
        draft.click(new Point(0, 0), false);
        assertFalse(draft.click(new Point(3, 3), false), "too few points to close");
        draft.click(new Point(100, 0), false);
        assertEquals(Optional.empty(), new PointsDraft(view).close());
        assertTrue(draft.click(new Point(4, 4), false), "near the first point");
        assertTrue(draft.removeLast());
        assertEquals(2, draft.points().size());
        draft.click(new Point(100, 100), false);
        assertTrue(draft.click(new Point(50, 50), true));
        assertEquals(List.of(new Point(0, 0), new Point(3, 3), new Point(100, 100)), draft.close().orElseThrow());
        assertTrue(draft.isEmpty());
        assertFalse(draft.clear());
    }

    @Test
    void theSmallestRegionUnderThePointIsPickedAndHandlesResizeABox() {
        Annotation big = new Annotation(1, 1, 1, new Shape.Box(0, 0, 100, 100), Set.of());
        Annotation small = new Annotation(2, 1, 1, new Shape.Box(40, 40, 60, 60), Set.of());
        Annotation tag = new Annotation(3, 1, 1, new Shape.Tag(), Set.of());
        assertEquals(2, ShapeGeometry.smallestAt(List.of(big, small, tag), new Point(50, 50), 0).orElseThrow().id());
        assertEquals(1, ShapeGeometry.smallestAt(List.of(big, small), new Point(10, 50), 0).orElseThrow().id());
        assertEquals(Optional.empty(), ShapeGeometry.smallestAt(List.of(big, small), new Point(101, 50), 0));
        assertEquals(1, ShapeGeometry.smallestAt(List.of(big), new Point(101, 50), 2).orElseThrow().id(), "within the tolerance");

        Shape.Box box = (Shape.Box) big.shape();
        assertEquals(8, ShapeGeometry.handles(box).size());
        assertEquals(new Shape.Box(0, 0, 120, 130), ShapeGeometry.resizeBox(box, 4, new Point(120, 130)));
        assertEquals(new Shape.Box(0, -10, 100, 100), ShapeGeometry.resizeBox(box, 1, new Point(77, -10)));
        Shape.Polygon triangle = new Shape.Polygon(List.of(new Point(0, 0), new Point(10, 0), new Point(0, 10)));
        assertEquals(50, ShapeGeometry.area(triangle), 1e-9);
        assertTrue(ShapeGeometry.contains(triangle, new Point(2, 2), 0));
        assertFalse(ShapeGeometry.contains(triangle, new Point(8, 8), 0));
        assertEquals(Optional.of(1), ShapeGeometry.vertexNear(triangle.points(), new Point(11, 1), 2));
        assertEquals(Optional.empty(), ShapeGeometry.vertexNear(triangle.points(), new Point(5, 5), 2));
    }

    @Test
    void pointsLinesCirclesAndPartsAreHitMovedAndPickedAsOneObject() {
        Shape.Line line = new Shape.Line(List.of(new Point(0, 0), new Point(100, 0), new Point(100, 100)));
        assertTrue(ShapeGeometry.contains(line, new Point(50, 3), 2), "near a segment");
        assertFalse(ShapeGeometry.contains(line, new Point(50, 50), 2), "a line has no inside");
        assertEquals(new Shape.Line(List.of(new Point(0, 0), new Point(90, 5), new Point(100, 100))),
                ShapeGeometry.withHandle(line, 1, new Point(90, 5)));

        Shape.Circle circle = new Shape.Circle(new Point(50, 50), 10);
        assertEquals(List.of(new Point(50, 50), new Point(60, 50)), ShapeGeometry.handles(circle));
        assertEquals(new Shape.Circle(new Point(50, 50), 25), ShapeGeometry.withHandle(circle, 1, new Point(50, 75)));
        assertEquals(new Shape.Circle(new Point(0, 5), 10), ShapeGeometry.withHandle(circle, 0, new Point(0, 5)));
        assertEquals("Resize circle", ShapeGeometry.handleEdit(circle, 1));

        Shape.Dot dot = new Shape.Dot(new Point(55, 50));
        Shape.Parts parts = new Shape.Parts(List.of(new Shape.Box(0, 0, 10, 10), new Shape.Box(80, 80, 90, 90)));
        List<Annotation> all = List.of(new Annotation(1, 1, 1, circle, Set.of()), new Annotation(2, 1, 1, dot, Set.of()),
                new Annotation(3, 1, 1, parts, Set.of()));
        assertEquals(2, ShapeGeometry.smallestAt(all, new Point(56, 50), 1).orElseThrow().id(), "a point on a circle");
        assertEquals(1, ShapeGeometry.smallestAt(all, new Point(45, 45), 1).orElseThrow().id());
        assertEquals(3, ShapeGeometry.smallestAt(all, new Point(85, 85), 1).orElseThrow().id(), "any part picks the object");
        assertEquals(List.of(), ShapeGeometry.handles(parts), "an object in parts moves as a whole");
        assertEquals(200, ShapeGeometry.area(parts), 1e-9);
    }

    @Test
    void aDragPreviewsFromThePressAndNamesItsEdit() {
        ShapeDrag circle = ShapeDrag.drawing(Tool.CIRCLE, new Point(10, 10));
        circle.to(new Point(13, 14));
        assertTrue(circle.draws());
        assertEquals(new Shape.Circle(new Point(10, 10), 5), circle.preview());
        assertEquals("Draw circle", circle.description());

        Shape.Line line = new Shape.Line(List.of(new Point(0, 0), new Point(10, 0)));
        ShapeDrag move = ShapeDrag.moving(line, new Point(5, 0));
        move.to(new Point(7, 3));
        assertFalse(move.draws());
        assertEquals(new Shape.Line(List.of(new Point(2, 3), new Point(12, 3))), move.preview());
        assertEquals("Move line", move.description());

        ShapeDrag point = ShapeDrag.handle(new Shape.Dot(new Point(1, 1)), 0, new Point(1, 1));
        point.to(new Point(4, 5));
        assertEquals(new Shape.Dot(new Point(4, 5)), point.preview());
        assertEquals("Move point", point.description());
    }
}
