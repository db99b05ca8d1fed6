package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whiskerstudio.labelling.formats.FormatFixtures.filesUnder;
import static org.whiskerstudio.labelling.formats.FormatFixtures.image;
import static org.whiskerstudio.labelling.formats.FormatFixtures.read;
import static org.whiskerstudio.labelling.formats.FormatFixtures.shape;
import static org.whiskerstudio.labelling.formats.FormatFixtures.text;
import static org.whiskerstudio.labelling.formats.FormatFixtures.toWrite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/** Writing YOLO, and reading back what was written. */
class YoloFormatWriteTest {
    private static final double TEN_THOUSANDTH = 1e-4;

    @TempDir
    Path tmp;

    private final YoloFormat yolo = new YoloFormat();

    @Test
    void yoloRoundTripKeepsBoxesWithinTenThousandthOfAPixel() throws Exception {
        Shape.Box box = new Shape.Box(10.123456789, 20.987654321, 1500.333333333, 1299.7);
        DatasetImage image = toWrite("a.png", image(tmp.resolve("a.png"), 1999, 1333), Split.NONE, List.of(),
                shape("cat", box));
        Path out = tmp.resolve("out");

        yolo.write(new LabelledDataset(tmp, List.of("cat"), List.of(image)), out);
        Shape.Box back = (Shape.Box) yolo.read(out).images().get(0).shapes().get(0).shape();

        assertPointsClose(List.of(new Point(box.x1(), box.y1()), new Point(box.x2(), box.y2())),
                List.of(new Point(back.x1(), back.y1()), new Point(back.x2(), back.y2())));
    }

    @Test
    void yoloRoundTripKeepsPolygonsWithinTenThousandthOfAPixel() throws Exception {
        List<Point> points = List.of(new Point(0.5, 1.25), new Point(1998.999, 3.14159), new Point(1000.1, 1332.9));
        DatasetImage image = toWrite("a.png", image(tmp.resolve("a.png"), 1999, 1333), Split.NONE, List.of(),
                shape("leaf", new Shape.Polygon(points)));
        Path out = tmp.resolve("out");

        yolo.write(new LabelledDataset(tmp, List.of("leaf"), List.of(image)), out);
        Shape.Polygon back = (Shape.Polygon) yolo.read(out).images().get(0).shapes().get(0).shape();

        assertPointsClose(points, back.points());
    }

    @Test
    void yoloRoundTripKeepsClassesTagsAndImages() throws Exception {
        List<DatasetImage> images = List.of(
                toWrite("x/a.png", image(tmp.resolve("a.png"), 40, 30), Split.NONE, List.of("night", "a,b"),
                        shape("dog", new Shape.Box(0, 0, 20, 15)), shape("cat", new Shape.Box(20, 15, 40, 30))),
                toWrite("y/b.png", image(tmp.resolve("b.png"), 8, 8), Split.NONE, List.of()));
        Path out = tmp.resolve("out");

        yolo.write(new LabelledDataset(tmp, List.of("cat", "dog", "night", "a,b"), images), out);
        LabelledDataset back = yolo.read(out);

        assertEquals(List.of(
                DatasetImage.read("images/a.png", 40, 30, List.of("night", "a,b"), images.get(0).shapes()),
                DatasetImage.read("images/b.png", 8, 8, List.of(), List.of())), back.images());
        assertEquals(List.of("cat", "dog", "night", "a,b"), back.classes());
    }

    @Test
    void yoloWritesNormalisedCentresAndClassIdsInDatasetOrder() throws Exception {
        DatasetImage image = toWrite("a.png", image(tmp.resolve("a.png"), 200, 100), Split.NONE, List.of(),
                shape("dog", new Shape.Box(80, 30, 120, 70)));
        Path out = tmp.resolve("out");

        yolo.write(new LabelledDataset(tmp, List.of("cat", "dog"), List.of(image)), out);

        assertEquals(List.of("1 0.5 0.5 0.2 0.4\n", "cat\ndog\n"),
                List.of(read(out.resolve("labels/a.txt")), read(out.resolve("classes.txt"))));
    }

    @Test
    void yoloClipsABoxReachingOutsideTheImage() throws Exception {
        DatasetImage image = toWrite("a.png", image(tmp.resolve("a.png"), 100, 100), Split.NONE, List.of(),
                shape("cat", new Shape.Box(-10, 50, 50, 120)));
        Path out = tmp.resolve("out");

        yolo.write(new LabelledDataset(tmp, List.of("cat"), List.of(image)), out);

        assertEquals("0 0.25 0.75 0.5 0.5\n", read(out.resolve("labels/a.txt")));
    }

    @Test
    void yoloWithSplitsWritesImagesAndLabelsPerSplitAndDataYaml() throws Exception {
        Path file = image(tmp.resolve("a.png"), 8, 8);
        List<DatasetImage> images = List.of(toWrite("a.png", file, Split.TRAIN, List.of()),
                toWrite("b.png", file, Split.VAL, List.of()));
        Path out = tmp.resolve("out");

        yolo.write(new LabelledDataset(tmp, List.of("cat"), images), out);

        assertEquals(List.of("classes.txt", "data.yaml", "images/train/a.png", "images/val/b.png",
                "labels/train/a.txt", "labels/val/b.txt"), filesUnder(out));
        String yaml = read(out.resolve("data.yaml"));
        assertTrue(yaml.contains("train: images/train\nval: images/val\n") && yaml.contains("  0: \"cat\"\n"), yaml);
    }

    @Test
    void yoloReadsTheSizeFromTheImageHeaderWhenTheDatasetGivesNone() throws Exception {
        DatasetImage image = toWrite("a.jpg", image(tmp.resolve("a.jpg"), 50, 20), Split.NONE, List.of(),
                shape("cat", new Shape.Box(0, 0, 25, 5)));
        Path out = tmp.resolve("out");

        yolo.write(new LabelledDataset(tmp, List.of("cat"), List.of(image)), out);

        assertEquals("0 0.25 0.125 0.5 0.25\n", read(out.resolve("labels/a.txt")));
    }

    @Test
    void yoloRefusesToWriteLabelsForAnImageOfUnknownSize() {
        DatasetImage image = new DatasetImage("a.png", 0, 0, List.of(), List.of(shape("cat", new Shape.Box(0, 0, 1, 1))),
                Optional.empty(), Split.NONE);
        Path out = tmp.resolve("out");

        IOException e = assertThrows(IOException.class,
                () -> yolo.write(new LabelledDataset(tmp, List.of("cat"), List.of(image)), out));

        assertTrue(e.getMessage().contains("a.png"), e.getMessage());
        assertEquals(List.of(), filesUnder(out));
    }

    @Test
    void yoloRefusesToWriteIntoANonEmptyFolder() {
        Path out = tmp.resolve("out");
        Path mine = text(out.resolve("labels/keep.txt"), "0 0.5 0.5 1 1\n");

        assertThrows(IOException.class, () -> yolo.write(new LabelledDataset(tmp, List.of(), List.of()), out));

        assertEquals("0 0.5 0.5 1 1\n", read(mine));
    }

    private static void assertPointsClose(List<Point> expected, List<Point> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).x(), actual.get(i).x(), TEN_THOUSANDTH, "x of point " + i);
            assertEquals(expected.get(i).y(), actual.get(i).y(), TEN_THOUSANDTH, "y of point " + i);
        }
    }
}
