package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.imports.TestImages;

class CsvFormatWriteTest {
    @TempDir
    Path tmp;

    private final CsvFormat format = new CsvFormat();

    @Test
    void csvRoundTripPreservesEveryTagBoxAndPolygon() throws Exception {
        Shape.Polygon leaf = new Shape.Polygon(List.of(new Point(1, 2), new Point(30.5, 2), new Point(15, 40.25)));
        DatasetImage a = labels("a.jpg", List.of("outdoor", "sunny"),
                new DatasetShape("cat", new Shape.Box(10, 20, 110.5, 220), Set.of(Annotation.DIFFICULT)),
                new DatasetShape("leaf", leaf),
                new DatasetShape("cat", new Shape.Box(0, 0, 5, 5), Set.of(Annotation.CROWD, Annotation.TRUNCATED)));
        DatasetImage b = labels("sub/b.png", List.of("indoor"));
        DatasetImage c = labels("c.jpg", List.of(), new DatasetShape("leaf", leaf));

        LabelledDataset back = roundTrip(a, b, c);

        assertEquals(List.of(a.withPath("images/a.jpg"), b.withPath("images/sub/b.png"), c.withPath("images/c.jpg")),
                back.images());
    }

    @Test
    void csvRoundTripKeepsDoublesExactly() throws Exception {
        Shape.Box box = new Shape.Box(0.1 + 0.2, 1.0 / 3, 1e-7, 123456789.123456789);
        Shape.Polygon polygon = new Shape.Polygon(List.of(new Point(Math.PI, Math.E), new Point(-0.0, 2e-12), new Point(1e15, 7)));
        DatasetImage image = labels("a.jpg", List.of(), new DatasetShape("x", box), new DatasetShape("y", polygon));

        List<DatasetShape> back = roundTrip(image).images().get(0).shapes();

        assertEquals(image.shapes(), back);
    }

    @Test
    void csvWritesWholeNumbersWithoutPointZeroOrExponents() throws Exception {
        write(labels("a.jpg", List.of(), new DatasetShape("cat", new Shape.Box(1, 2, 30, 1e-7))));

        assertEquals("file,x1,y1,x2,y2,label\r\nimages/a.jpg,1,0.0000001,30,2,cat\r\n", labelsCsv());
    }

    @Test
    void csvWritesFileLabelRowsForATagOnlyDataset() throws Exception {
        write(labels("a.jpg", List.of("cat", "cute")));

        assertEquals("file,label\r\nimages/a.jpg,cat\r\nimages/a.jpg,cute\r\n", labelsCsv());
    }

    @Test
    void csvQuotesFileNamesAndLabelsThatNeedIt() throws Exception {
        write(labels("a, \"b\".jpg", List.of("dog, big")));

        assertEquals("file,label\r\n\"images/a, \"\"b\"\".jpg\",\"dog, big\"\r\n", labelsCsv());
    }

    @Test
    void csvWritesASplitColumnAndSplitImageFolders() throws Exception {
        Path file = TestImages.write(tmp.resolve("src/a.png"), 8, 8, 1);
        write(withFile(labels("a.png", List.of("cat")), file).withSplit(Split.VAL));

        assertEquals("file,label,split\r\nimages/val/a.png,cat,val\r\n", labelsCsv());
        assertTrue(Files.isRegularFile(tmp.resolve("out/images/val/a.png")));
    }

    @Test
    void csvRoundTripKeepsSplits() throws Exception {
        DatasetImage a = labels("a.jpg", List.of("cat")).withSplit(Split.TRAIN);
        DatasetImage b = labels("b.jpg", List.of("cat")).withSplit(Split.TEST);

        List<Split> back = roundTrip(a, b).images().stream().map(DatasetImage::split).toList();

        assertEquals(List.of(Split.TRAIN, Split.TEST), back);
    }

    @Test
    void csvRoundTripKeepsImagesWithoutLabels() throws Exception {
        LabelledDataset back = roundTrip(labels("bare.jpg", List.of()), labels("b.jpg", List.of("cat")));

        assertEquals(DatasetImage.read("images/bare.jpg", 0, 0, List.of(), List.of()), back.images().get(0));
    }

    @Test
    void csvWriteCopiesEachImage() throws Exception {
        Path file = TestImages.write(tmp.resolve("src/photo.jpg"), 16, 12, 3);

        write(withFile(labels("photo.jpg", List.of("cat")), file));

        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(tmp.resolve("out/images/photo.jpg")));
    }

    @Test
    void csvGivesUniqueNamesToImagesSharingAPath() throws Exception {
        write(labels("a.jpg", List.of("cat")), labels("A.jpg", List.of("dog")));

        assertEquals("file,label\r\nimages/a.jpg,cat\r\nimages/A-2.jpg,dog\r\n", labelsCsv());
    }

    @Test
    void csvRefusesToExportAnImagePathThatLeavesTheFolder() {
        IOException e = assertThrows(IOException.class, () -> write(labels("../../evil.jpg", List.of("cat"))));

        assertTrue(e.getMessage().contains("../../evil.jpg"), e.getMessage());
        assertTrue(Files.notExists(tmp.resolve("out")));
    }

    @Test
    void csvRefusesToWriteIntoANonEmptyFolder() throws IOException {
        Files.createDirectories(tmp.resolve("out"));
        Files.writeString(tmp.resolve("out/keep.txt"), "mine");

        assertThrows(IOException.class, () -> write(labels("a.jpg", List.of("cat"))));
        assertEquals("mine", Files.readString(tmp.resolve("out/keep.txt")));
    }

    private static DatasetImage labels(String path, List<String> tags, DatasetShape... shapes) {
        return DatasetImage.read(path, 0, 0, tags, List.of(shapes));
    }

    private static DatasetImage withFile(DatasetImage image, Path file) {
        return new DatasetImage(image.path(), 0, 0, image.tags(), image.shapes(), Optional.of(file), image.split());
    }

    private void write(DatasetImage... images) throws IOException {
        format.write(new LabelledDataset(tmp, List.of(), List.of(images)), tmp.resolve("out"));
    }

    private LabelledDataset roundTrip(DatasetImage... images) throws Exception {
        write(images);
        return format.read(tmp.resolve("out/labels.csv"));
    }

    private String labelsCsv() throws IOException {
        return Files.readString(tmp.resolve("out/labels.csv"));
    }
}
