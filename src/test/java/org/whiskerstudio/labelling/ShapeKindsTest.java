package org.whiskerstudio.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.project.ProjectStore;

/** Points, lines, circles and objects in parts: stored and read back exactly, clipped and bounded as drawn. */
class ShapeKindsTest {
    static final Shape.Dot DOT = new Shape.Dot(new Point(3.25, 4.5));
    static final Shape.Line LINE = new Shape.Line(List.of(new Point(1, 2), new Point(10.5, 20.25), new Point(30, 2)));
    static final Shape.Circle CIRCLE = new Shape.Circle(new Point(50.5, 40.125), 12.75);
    static final Shape.Parts PARTS = new Shape.Parts(List.of(
            new Shape.Polygon(List.of(new Point(1, 1), new Point(9, 1), new Point(5, 8))),
            new Shape.Polygon(List.of(new Point(20, 20), new Point(29.5, 20), new Point(25, 28))),
            new Shape.Box(40, 40, 45.5, 47)));

    @TempDir
    Path temp;
    private ProjectStore project;
    private long image;
    private long cat;

    @BeforeEach
    void setUp() {
        project = LabellingFixture.projectWithImages(temp.resolve("p"), 1);
        image = LabellingFixture.imageId(project, 0);
        cat = project.ensureLabelClass("cat").id();
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void everyKindSurvivesReopeningTheProjectExactly() {
        List<Shape> shapes = List.of(DOT, LINE, CIRCLE, PARTS);
        new AnnotationStore(project).apply(List.of(), shapes.stream()
                .map(s -> new Annotation(0, image, cat, s, Set.of(Annotation.DIFFICULT))).toList());
        project.close();
        project = ProjectStore.open(temp.resolve("p"));

        List<Annotation> read = new AnnotationStore(project).ofImage(image);
        assertEquals(shapes, read.stream().map(Annotation::shape).toList());
        assertEquals(List.of("point", "line", "circle", "parts"), read.stream().map(a -> a.shape().kind()).toList());
        assertEquals(Set.of(Annotation.DIFFICULT), read.get(3).flags());
    }

    @Test
    void theCodecRoundTripsEachKindAndRefusesDamagedGeometry() {
        for (Shape shape : List.of(DOT, LINE, CIRCLE, PARTS, new Shape.Box(1, 2, 3, 4))) {
            assertEquals(shape, ShapeCodec.shape(shape.kind(), ShapeCodec.geometry(shape)), shape.kind());
        }
        assertThrows(IllegalStateException.class, () -> ShapeCodec.shape("parts", "{\"parts\": [{\"x\": 1}]}"));
        assertThrows(IllegalStateException.class, () -> ShapeCodec.shape("circle", "{\"cx\": 1, \"cy\": 2}"));
    }

    @Test
    void boundsCoverEveryPartAndClippingKeepsACirclesRadius() {
        assertEquals(new Shape.Box(1, 1, 45.5, 47), PARTS.bounds());
        assertEquals(new Shape.Box(37.75, 27.375, 63.25, 52.875), CIRCLE.bounds());
        assertEquals(new Shape.Circle(new Point(40, 30), 12.75), CIRCLE.clippedTo(40, 30));
        assertEquals(new Shape.Line(List.of(new Point(1, 2), new Point(10.5, 10), new Point(20, 2))),
                LINE.clippedTo(20, 10));
        assertEquals(new Shape.Dot(new Point(4.25, 6.5)), DOT.translated(1, 2));
    }

    @Test
    void shapesRefuseWhatTheyCannotBe() {
        assertThrows(IllegalArgumentException.class, () -> new Shape.Line(List.of(new Point(1, 1))));
        assertThrows(IllegalArgumentException.class, () -> new Shape.Circle(new Point(1, 1), -1));
        assertThrows(IllegalArgumentException.class, () -> new Shape.Parts(List.of(DOT)));
        assertThrows(IllegalArgumentException.class, () -> new Shape.Parts(List.of(DOT, PARTS)));
    }
}
