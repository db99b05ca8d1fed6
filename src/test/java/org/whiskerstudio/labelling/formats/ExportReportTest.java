package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/** A format that cannot hold a shape leaves it out, and the report says so per image and per shape kind. */
class ExportReportTest {
    private static final Shape.Polygon TRIANGLE = new Shape.Polygon(List.of(new Point(1, 1), new Point(9, 1),
            new Point(5, 8)));
    private static final Shape.Box BOX = new Shape.Box(20, 20, 30, 30);
    private static final Shape.Line LINE = new Shape.Line(List.of(new Point(1, 1), new Point(5, 5)));

    @TempDir
    Path dir;

    private LabelledDataset dataset() {
        DatasetImage a = JsonFormatFixtures.image(dir.resolve("a.png"), "a.png", 40, 40, List.of("cat"),
                new DatasetShape("cat", BOX),
                new DatasetShape("cat", new Shape.Dot(new Point(3, 3))),
                new DatasetShape("cat", new Shape.Dot(new Point(4, 4))),
                new DatasetShape("cat", LINE),
                new DatasetShape("cat", new Shape.Circle(new Point(10, 10), 5)),
                new DatasetShape("dog", new Shape.Parts(List.of(TRIANGLE, BOX, LINE))));
        DatasetImage b = JsonFormatFixtures.image(dir.resolve("b.png"), "b.png", 40, 40, List.of(),
                new DatasetShape("dog", TRIANGLE));
        return new LabelledDataset(dir, List.of("cat", "dog"), List.of(a, b));
    }

    @Test
    void vocYoloAndCsvKeepBoxesAndPolygonsAndWriteAnObjectInPartsAsOneBox() {
        for (AnnotationFormat format : List.of(new VocFormat(), new YoloFormat(), new CsvFormat())) {
            ExportReport report = ExportReport.of(format, dataset());

            assertEquals(List.of("a.png: left out 1 circle, 2 lines, 2 points; 1 object in parts written as one box"),
                    report.leftOut(), format.id());
            assertEquals(List.of(BOX, new Shape.Box(1, 1, 30, 30)), shapes(report.written().images().get(0)));
            assertEquals(List.of(TRIANGLE), shapes(report.written().images().get(1)), "b.png loses nothing");
            assertEquals(1 + 2 + 1, report.labels(), "a tag and what was written");
        }
    }

    @Test
    void cocoKeepsTheBoxAndPolygonPartsOfAnObjectTogether() {
        ExportReport report = ExportReport.of(new CocoFormat(), dataset());

        assertEquals(List.of("a.png: left out 1 circle, 2 lines, 2 points"), report.leftOut(),
                "the line that was a part of the object is counted too");
        assertEquals(List.of(BOX, new Shape.Parts(List.of(TRIANGLE, BOX))), shapes(report.written().images().get(0)));
    }

    @Test
    void labelmeLeavesNothingOutAndFoldersKeepOnlyTags() {
        assertEquals(List.of(), ExportReport.of(new LabelmeFormat(), dataset()).leftOut());
        ExportReport folders = ExportReport.of(new FolderPerClassFormat(), dataset());
        assertEquals(List.of("a.png: left out 1 box, 1 circle, 1 line, 1 object in parts, 2 points",
                "b.png: left out 1 polygon"), folders.leftOut());
        assertEquals(1, folders.labels());
    }

    @Test
    void theMessageListsAFewImagesAndCountsTheRest() {
        ExportReport report = ExportReport.of(new FolderPerClassFormat(), dataset());

        String text = report.leftOutText(1);
        assertTrue(text.startsWith("The format cannot hold every shape:\na.png: left out"), text);
        assertTrue(text.endsWith("... and 1 more image"), text);
        assertEquals("", ExportReport.of(new LabelmeFormat(), dataset()).leftOutText(5));
    }

    private static List<Shape> shapes(DatasetImage image) {
        return image.shapes().stream().map(DatasetShape::shape).toList();
    }
}
