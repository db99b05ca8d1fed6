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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/** Writing Pascal VOC, and reading back what was written. */
class VocFormatWriteTest {
    @TempDir
    Path tmp;

    private final VocFormat voc = new VocFormat();

    @Test
    void vocRoundTripKeepsEveryBoxPolygonTagAndFlagExactly() throws Exception {
        DatasetImage cat = toWrite("pets/cat.png", image(tmp.resolve("src/cat.png"), 64, 48), Split.NONE,
                List.of("indoor", "night"),
                shape("cat", new Shape.Box(1.1, 2.25, 30.3333333333333, 40), Annotation.DIFFICULT, Annotation.TRUNCATED),
                shape("leaf", new Shape.Polygon(List.of(new Point(0.1, 0.2), new Point(63.9, 1), new Point(7, 47.75)))));
        DatasetImage empty = toWrite("pets/empty.png", image(tmp.resolve("src/empty.png"), 8, 8), Split.NONE, List.of());
        Path out = tmp.resolve("out");

        voc.write(new LabelledDataset(tmp, List.of("indoor", "night", "cat", "leaf"), List.of(cat, empty)), out);
        LabelledDataset back = voc.read(out);

        assertEquals(List.of(
                DatasetImage.read("JPEGImages/cat.png", 64, 48, cat.tags(), cat.shapes()),
                DatasetImage.read("JPEGImages/empty.png", 8, 8, List.of(), List.of())), back.images());
    }

    @Test
    void vocWritesWholeNumbersWithoutFractionAndKeepsFractions() throws Exception {
        DatasetImage cat = toWrite("cat.png", image(tmp.resolve("cat.png"), 64, 48), Split.NONE, List.of(),
                shape("cat", new Shape.Box(12, 30.25, 40, 47)));
        Path out = tmp.resolve("out");

        voc.write(new LabelledDataset(tmp, List.of("cat"), List.of(cat)), out);

        String xml = read(out.resolve("Annotations/cat.xml"));
        assertTrue(xml.contains("<xmin>12</xmin>") && xml.contains("<ymin>30.25</ymin>")
                && xml.contains("<width>64</width>"), xml);
    }

    @Test
    void vocWithSplitsListsStemsInImageSets() throws Exception {
        Path file = image(tmp.resolve("a.png"), 8, 8);
        List<DatasetImage> images = List.of(toWrite("a.png", file, Split.TRAIN, List.of()),
                toWrite("b.png", file, Split.VAL, List.of()), toWrite("c.png", file, Split.TRAIN, List.of()),
                toWrite("d.png", file, Split.TEST, List.of()));
        Path out = tmp.resolve("out");

        voc.write(new LabelledDataset(tmp, List.of(), images), out);

        assertEquals(List.of("a\nc\n", "b\n", "a\nb\nc\n", "d\n"), List.of(
                read(out.resolve("ImageSets/Main/train.txt")), read(out.resolve("ImageSets/Main/val.txt")),
                read(out.resolve("ImageSets/Main/trainval.txt")), read(out.resolve("ImageSets/Main/test.txt"))));
    }

    @Test
    void vocGivesImagesWithTheSameStemDistinctNamesForXmlAndImage() throws Exception {
        List<DatasetImage> images = List.of(
                toWrite("a/cat.png", image(tmp.resolve("a/cat.png"), 8, 8), Split.NONE, List.of("first")),
                toWrite("b/cat.png", image(tmp.resolve("b/cat.png"), 9, 9), Split.NONE, List.of("second")));
        Path out = tmp.resolve("out");

        voc.write(new LabelledDataset(tmp, List.of("first", "second"), images), out);

        assertEquals(List.of("Annotations/2_cat.xml", "Annotations/cat.xml", "JPEGImages/2_cat.png",
                "JPEGImages/cat.png"), filesUnder(out));
        DatasetImage second = voc.read(out).images().get(0);
        assertEquals(List.of("2_cat.png", List.of("second"), 9), List.of(second.fileName(), second.tags(), second.width()));
    }

    @Test
    void vocRefusesToWriteIntoANonEmptyFolder() {
        Path out = tmp.resolve("out");
        Path mine = text(out.resolve("notes.txt"), "mine");

        assertThrows(IOException.class, () -> voc.write(new LabelledDataset(tmp, List.of(), List.of()), out));

        assertEquals("mine", read(mine));
    }

    @Test
    void vocRemovesAHalfWrittenExportWhenAnImageCannotBeCopied() throws Exception {
        DatasetImage good = toWrite("a.png", image(tmp.resolve("a.png"), 8, 8), Split.NONE, List.of());
        DatasetImage gone = toWrite("b.png", tmp.resolve("missing.png"), Split.NONE, List.of());
        Path out = tmp.resolve("out");

        assertThrows(IOException.class, () -> voc.write(new LabelledDataset(tmp, List.of(), List.of(good, gone)), out));

        assertEquals(List.of(), filesUnder(out));
    }
}
