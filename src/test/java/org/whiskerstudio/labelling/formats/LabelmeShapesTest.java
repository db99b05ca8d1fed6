package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ProjectStore;

/** labelme's every shape type, and shapes sharing a group_id as one object, through a project and back. */
class LabelmeShapesTest {
    private static final Shape.Polygon LEFT = new Shape.Polygon(List.of(new Point(1, 1), new Point(9, 1), new Point(5, 8)));
    private static final Shape.Polygon RIGHT = new Shape.Polygon(List.of(new Point(20, 2), new Point(30, 2),
            new Point(25, 9)));

    @TempDir
    Path temp;

    @Test
    void labelmesPrimitivesImportWhole() throws Exception {
        LabelledDataset read = new LabelmeFormat().read(LabelmePrimitives.folder(temp.resolve("primitives")));

        List<DatasetShape> shapes = read.images().get(0).shapes();
        assertEquals(List.of("rectangle", "circle", "rectangle", "polygon", "line", "point", "line_strip"),
                shapes.stream().map(DatasetShape::className).toList());
        assertEquals(List.of("box", "circle", "box", "polygon", "line", "point", "line"),
                shapes.stream().map(s -> s.shape().kind()).toList());
        assertEquals(new Shape.Circle(new Point(200, 90), 50), shapes.get(1).shape(), "centre, then a point on it");
        assertEquals(new Shape.Dot(new Point(345, 175)), shapes.get(5).shape());
        assertEquals(3, ((Shape.Line) shapes.get(6).shape()).points().size());
    }

    @Test
    void primitivesRoundTripThroughAProjectWithTheirTypes() throws Exception {
        Path in = LabelmePrimitives.folder(temp.resolve("primitives"));
        List<Shape> before = regions(new LabelmeFormat().read(in));
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            LabelImportReport report = importInto(store, in);
            assertEquals(7, report.annotations());
            Path out = temp.resolve("out");
            ExportReport exported = new DatasetExporter(store).export(new LabelmeFormat(), out, Optional.empty());
            assertEquals(List.of(), exported.leftOut(), "labelme holds every shape");

            assertEquals(before, regions(new LabelmeFormat().read(out)));
            JsonNode written = Json.mapper().readTree(out.resolve("primitives.json").toFile());
            List<String> types = new ArrayList<>();
            written.get("shapes").forEach(s -> types.add(s.get("shape_type").asText()));
            assertEquals(List.of("rectangle", "circle", "rectangle", "polygon", "line", "point", "linestrip"), types);
        }
    }

    @Test
    void shapesOfOneLabelSharingAGroupIdAreOneObjectAndGoBackWithOneGroupId() throws Exception {
        Path in = temp.resolve("grouped");
        JsonFormatFixtures.png(in.resolve("a.png"), 40, 20);
        JsonFormatFixtures.text(in.resolve("a.json"), """
                {"imagePath": "a.png", "imageWidth": 40, "imageHeight": 20, "shapes": [
                  {"label": "car", "shape_type": "polygon", "group_id": 3, "points": [[1, 1], [9, 1], [5, 8]]},
                  {"label": "person", "shape_type": "polygon", "group_id": 3, "points": [[1, 1], [9, 1], [5, 8]]},
                  {"label": "car", "shape_type": "polygon", "group_id": null, "points": [[1, 1], [9, 1], [5, 8]]},
                  {"label": "car", "shape_type": "polygon", "group_id": 3, "points": [[20, 2], [30, 2], [25, 9]]}]}""");
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            assertEquals(3, importInto(store, in).annotations(), "the two car parts are one object");
            List<Annotation> stored = new AnnotationStore(store).all().values().iterator().next();
            assertEquals(new Shape.Parts(List.of(LEFT, RIGHT)), stored.get(0).shape());

            Path out = temp.resolve("out");
            new DatasetExporter(store).export(new LabelmeFormat(), out, Optional.empty());
            JsonNode shapes = Json.mapper().readTree(out.resolve("a.json").toFile()).get("shapes");
            assertEquals(4, shapes.size());
            List<String> groups = new ArrayList<>();
            shapes.forEach(s -> groups.add(s.get("label").asText() + " " + s.get("group_id").asText()));
            assertEquals(List.of("car 1", "car 1", "person null", "car null"), groups);
            assertEquals(regions(new LabelmeFormat().read(in)), regions(new LabelmeFormat().read(out)));
        }
    }

    @Test
    void aMaskStillRefusesTheFileNamingIt() {
        Path in = temp.resolve("mask");
        JsonFormatFixtures.png(in.resolve("a.png"), 40, 20);
        JsonFormatFixtures.text(in.resolve("a.json"), """
                {"imagePath": "a.png", "shapes": [
                  {"label": "cat", "shape_type": "mask", "points": [[1, 1], [9, 9]]}]}""");

        FormatException e = assertThrows(FormatException.class, () -> new LabelmeFormat().read(in));
        assertEquals("shapes[0].shape_type", e.place());
        assertTrue(e.reason().contains("\"mask\""), e.reason());
    }

    @Test
    void aGroupIdThatIsNotANumberIsRefused() {
        Path in = temp.resolve("bad-group");
        JsonFormatFixtures.png(in.resolve("a.png"), 40, 20);
        JsonFormatFixtures.text(in.resolve("a.json"), """
                {"imagePath": "a.png", "shapes": [
                  {"label": "cat", "shape_type": "point", "group_id": "x", "points": [[1, 1]]}]}""");

        assertEquals("shapes[0].group_id", assertThrows(FormatException.class, () -> new LabelmeFormat().read(in)).place());
    }

    static LabelImportReport importInto(ProjectStore store, Path dataset) throws Exception {
        return new DatasetImporter(store).importLabels(new LabelmeFormat(), dataset, Progress.NONE, new Cancellation());
    }

    private static List<Shape> regions(LabelledDataset dataset) {
        return dataset.images().stream().flatMap(i -> i.shapes().stream()).map(DatasetShape::shape).toList();
    }
}
