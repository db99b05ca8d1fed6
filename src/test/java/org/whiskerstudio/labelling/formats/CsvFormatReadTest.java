package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

class CsvFormatReadTest {
    /**
     * A reference file as spreadsheets save it: byte order mark, CRLF, quoted names with commas, quotes and a line
     * break, a tag row and box rows for one file.
     */
    private static final String REFERENCE = "\uFEFFfile,x1,y1,x2,y2,label\r\n"
            + "\"photos/a, b.jpg\",,,,,outdoor\r\n"
            + "\"photos/a, b.jpg\",10,20,110.5,220,cat\r\n"
            + "\"photos/a, b.jpg\",0.25,1e2,30,40,\"dog \"\"rex\"\"\"\r\n"
            + "\"say \"\"hi\"\".png\",,,,,indoor\r\n"
            + "\"two\nlines.jpg\",,,,,indoor\r\n"
            + "plain.jpg,1,2,3,4,cat\r\n";

    @TempDir
    Path tmp;

    private final CsvFormat format = new CsvFormat();

    @Test
    void csvReadsQuotedFileNamesWithCommas() throws Exception {
        LabelledDataset dataset = read(REFERENCE);

        assertEquals("photos/a, b.jpg", dataset.images().get(0).path());
    }

    @Test
    void csvReadsATagRowAndBoxRowsForTheSameFile() throws Exception {
        DatasetImage image = read(REFERENCE).images().get(0);

        assertEquals(List.of("outdoor"), image.tags());
        assertEquals(List.of(new DatasetShape("cat", new Shape.Box(10, 20, 110.5, 220)),
                new DatasetShape("dog \"rex\"", new Shape.Box(0.25, 100, 30, 40))), image.shapes());
    }

    @Test
    void csvReadsQuotesAndLineBreaksInsideQuotedFields() throws Exception {
        List<String> paths = read(REFERENCE).images().stream().map(DatasetImage::path).toList();

        assertEquals(List.of("photos/a, b.jpg", "say \"hi\".png", "two\nlines.jpg", "plain.jpg"), paths);
    }

    @Test
    void csvReadsClassesInOrderOfFirstUse() throws Exception {
        assertEquals(List.of("outdoor", "cat", "dog \"rex\"", "indoor"), read(REFERENCE).classes());
    }

    @Test
    void csvReadsTheSameWithoutByteOrderMarkOrWithLfLineEnds() throws Exception {
        LabelledDataset reference = read(REFERENCE);
        String plain = REFERENCE.substring(1).replace("\r\n", "\n");

        assertEquals(reference.images(), read(plain).images());
    }

    @Test
    void csvReadsSeveralTagRowsAsSeveralTags() throws Exception {
        LabelledDataset dataset = read("file,label\na.jpg,cat\na.jpg,cute\nb.jpg,dog\n");

        assertEquals(List.of(List.of("cat", "cute"), List.of("dog")), dataset.images().stream().map(DatasetImage::tags).toList());
    }

    @Test
    void csvReadsColumnsInAnyOrder() throws Exception {
        DatasetImage image = read("label,y2,x2,y1,x1,file\ncat,4,3,2,1,a.jpg\n").images().get(0);

        assertEquals(List.of(new DatasetShape("cat", new Shape.Box(1, 2, 3, 4))), image.shapes());
    }

    @Test
    void csvReadsThePolygonColumn() throws Exception {
        DatasetImage image = read("file,x1,y1,x2,y2,label,polygon\na.jpg,,,,,leaf,1 2 30.5 2 15 40\n").images().get(0);

        Shape.Polygon leaf = new Shape.Polygon(List.of(new Point(1, 2), new Point(30.5, 2), new Point(15, 40)));
        assertEquals(List.of(new DatasetShape("leaf", leaf)), image.shapes());
    }

    @Test
    void csvReadsTheFlagsColumn() throws Exception {
        DatasetImage image = read("file,x1,y1,x2,y2,label,flags\na.jpg,1,2,3,4,car,crowd difficult\n").images().get(0);

        assertEquals(Set.of("crowd", "difficult"), image.shapes().get(0).flags());
    }

    @Test
    void csvReadsTheSplitColumn() throws Exception {
        LabelledDataset dataset = read("file,label,split\na.jpg,cat,train\nb.jpg,cat,VAL\nc.jpg,cat,\n");

        assertEquals(List.of(Split.TRAIN, Split.VAL, Split.NONE), dataset.images().stream().map(DatasetImage::split).toList());
    }

    @Test
    void csvReadsARowWithOnlyAFileAsAnImageWithoutLabels() throws Exception {
        DatasetImage image = read("file,label\nbare.jpg,\n").images().get(0);

        assertEquals(DatasetImage.read("bare.jpg", 0, 0, List.of(), List.of()), image);
    }

    @Test
    void csvReadsPathsRelativeToTheCsvFolder() throws Exception {
        LabelledDataset dataset = read("file,label\nsub/../a.jpg,cat\n");

        assertEquals(tmp.toAbsolutePath().normalize(), dataset.root());
        assertEquals("a.jpg", dataset.images().get(0).path());
    }

    @Test
    void csvReadsLabelsCsvWhenGivenItsFolder() throws Exception {
        Files.writeString(tmp.resolve(CsvFormat.LABELS_FILE), "file,label\na.jpg,cat\n");

        assertEquals(List.of("cat"), format.read(tmp).classes());
    }

    @Test
    void csvRefusesARowWithTheWrongNumberOfFieldsNamingFileAndLine() {
        FormatException e = refused("file,x1,y1,x2,y2,label\r\na.jpg,1,2,3,4,cat\r\nb.jpg,1,2,3,dog\r\n");

        assertEquals(tmp.resolve("labels.csv"), e.file());
        assertEquals("line 3", e.place());
        assertEquals("expected 6 fields (file,x1,y1,x2,y2,label), found 5", e.reason());
    }

    @Test
    void csvRefusesANonNumericCoordinateNamingFileAndLine() {
        FormatException e = refused("file,x1,y1,x2,y2,label\na.jpg,1,2,abc,4,cat\n");

        assertEquals(tmp.resolve("labels.csv") + ", line 2: x2 \"abc\" is not a number", e.getMessage());
    }

    @Test
    void csvCountsLinesInsideQuotedFieldsWhenNamingALine() {
        FormatException e = refused("file,x1,y1,x2,y2,label\n\"two\nlines.jpg\",1,2,3,4,cat\nb.jpg,1,2,3,NaN,dog\n");

        assertEquals("line 4", e.place());
    }

    @Test
    void csvRefusesAnUnknownSplitName() {
        FormatException e = refused("file,label,split\na.jpg,cat,training\n");

        assertEquals("line 2", e.place());
        assertTrue(e.reason().contains("unknown split \"training\""), e.reason());
    }

    @Test
    void csvRefusesTwoSplitsForOneFile() {
        FormatException e = refused("file,label,split\na.jpg,cat,train\na.jpg,cute,test\n");

        assertEquals("\"a.jpg\" is in split train on line 2 but in split test here", e.reason());
    }

    @Test
    void csvRefusesAFileWithoutHeader() {
        FormatException e = refused("a.jpg,cat\nb.jpg,dog\n");

        assertEquals("line 1", e.place());
        assertTrue(e.reason().startsWith("the file has no header line"), e.reason());
    }

    @Test
    void csvRefusesAnUnknownColumn() {
        FormatException e = refused("file,label,colour\na.jpg,cat,red\n");

        assertTrue(e.reason().startsWith("unknown column \"colour\""), e.reason());
    }

    @Test
    void csvRefusesAnEmptyFile() {
        FormatException e = refused("\uFEFF\r\n");

        assertTrue(e.reason().startsWith("the file is empty"), e.reason());
    }

    @Test
    void csvRefusesAPartlyFilledBox() {
        FormatException e = refused("file,x1,y1,x2,y2,label\na.jpg,1,2,,4,cat\n");

        assertEquals("x1, y1, x2, y2 must all be filled (a box) or all empty (a tag); x2 is empty", e.reason());
    }

    @Test
    void csvRefusesABoxWithoutALabel() {
        FormatException e = refused("file,x1,y1,x2,y2,label\na.jpg,1,2,3,4,\n");

        assertEquals("a box needs a label", e.reason());
    }

    @Test
    void csvRefusesAPolygonOfTwoPoints() {
        FormatException e = refused("file,label,polygon\na.jpg,leaf,1 2 3 4\n");

        assertEquals("a polygon needs at least 3 points, this one has 2", e.reason());
    }

    @Test
    void csvRefusesAPathThatLeavesTheFolder() {
        FormatException e = refused("file,label\n../x.jpg,cat\n");

        assertEquals("line 2", e.place());
        assertTrue(e.reason().contains("leads outside the dataset folder"), e.reason());
    }

    @Test
    void csvRefusesAnAbsolutePath() {
        FormatException e = refused("file,label\n/etc/passwd.jpg,cat\n");

        assertTrue(e.reason().contains("is absolute"), e.reason());
    }

    @Test
    void csvRefusesAQuoteLeftOpen() {
        FormatException e = refused("file,label\na.jpg,cat\n\"b.jpg,dog\n");

        assertEquals("line 3", e.place());
        assertEquals("a quoted field is never closed", e.reason());
    }

    @Test
    void csvRefusesTextAfterAClosingQuote() {
        FormatException e = refused("file,label\n\"a\"b.jpg,cat\n");

        assertEquals("line 2", e.place());
    }

    @Test
    void csvRefusesTextThatIsNotUtf8() throws IOException {
        Path csv = tmp.resolve("labels.csv");
        Files.write(csv, "file,label\nk\u00e4tzchen.jpg,cat\n".getBytes(StandardCharsets.ISO_8859_1));

        FormatException e = assertThrows(FormatException.class, () -> format.read(csv));

        assertTrue(e.reason().contains("not UTF-8"), e.reason());
    }

    private LabelledDataset read(String text) throws Exception {
        Path csv = tmp.resolve("labels.csv");
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        return format.read(csv);
    }

    private FormatException refused(String text) {
        return assertThrows(FormatException.class, () -> read(text));
    }
}
