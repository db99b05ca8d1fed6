package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whiskerstudio.labelling.formats.FormatFixtures.image;
import static org.whiskerstudio.labelling.formats.FormatFixtures.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed YOLO folders are refused with the file, the line and the reason. */
class YoloFormatRefusalTest {
    @TempDir
    Path tmp;

    private final YoloFormat yolo = new YoloFormat();

    @BeforeEach
    void twoClassesAndAnImage() {
        text(tmp.resolve("classes.txt"), "cat\ndog\n");
        image(tmp.resolve("images/a.png"), 100, 100);
    }

    private FormatException refusal(String labels) {
        text(tmp.resolve("labels/a.txt"), labels);
        return assertThrows(FormatException.class, () -> yolo.read(tmp));
    }

    @Test
    void yoloNamesTheFileAndLineOfAClassIdOutOfRange() {
        FormatException e = refusal("0 0.5 0.5 0.1 0.1\n2 0.5 0.5 0.1 0.1\n");

        assertEquals(tmp.resolve("labels/a.txt").toAbsolutePath().normalize() + ", line 2: the class id 2 is out of "
                + "range; the class list names 2 classes (0 to 1)", e.getMessage());
    }

    @Test
    void yoloRefusesALineWithFourValues() {
        FormatException e = refusal("0 0.5 0.5 0.1\n");

        assertEquals("line 1", e.place());
    }

    @Test
    void yoloRefusesAPolygonWithAnOddCoordinate() {
        FormatException e = refusal("0 0.1 0.1 0.2 0.2 0.3 0.3 0.4\n");

        assertEquals("line 1", e.place());
    }

    @Test
    void yoloNamesTheValueThatIsNotANumber() {
        FormatException e = refusal("\n1 0.5 x 0.1 0.1\n");

        assertEquals(List.of("line 2", "value 3 \"x\" is not a number"), List.of(e.place(), e.reason()));
    }

    @Test
    void yoloRefusesAValueOutsideZeroToOne() {
        FormatException e = refusal("0 0.5 0.5 1.5 0.1\n");

        assertTrue(e.reason().contains("outside 0..1"), e.reason());
    }

    @Test
    void yoloRefusesAFractionalClassId() {
        FormatException e = refusal("0.5 0.5 0.5 0.1 0.1\n");

        assertTrue(e.reason().contains("not a whole number"), e.reason());
    }

    @Test
    void yoloRefusesLabelsForAnImageWhoseSizeCannotBeRead() {
        Path broken = text(tmp.resolve("images/b.png"), "not really a png");
        text(tmp.resolve("labels/b.txt"), "0 0.5 0.5 0.1 0.1\n");

        FormatException e = assertThrows(FormatException.class, () -> yolo.read(tmp));

        assertEquals(broken.getFileName(), e.file().getFileName());
    }

    @Test
    void yoloRefusesAFolderWithoutClassNames() throws Exception {
        Files.delete(tmp.resolve("classes.txt"));

        FormatException e = assertThrows(FormatException.class, () -> yolo.read(tmp));

        assertTrue(e.reason().contains("classes.txt"), e.reason());
    }

    @Test
    void yoloRefusesAClassNamedTwice() {
        text(tmp.resolve("classes.txt"), "cat\ndog\ncat\n");

        FormatException e = assertThrows(FormatException.class, () -> yolo.read(tmp));

        assertEquals("line 3", e.place());
    }

    @Test
    void yoloRefusesATagsRowForAnImageThatIsNotThere() {
        text(tmp.resolve("tags.csv"), "image,tag\nimages/a.png,night\nimages/zzz.png,night\n");

        FormatException e = assertThrows(FormatException.class, () -> yolo.read(tmp));

        assertEquals("line 3", e.place());
    }
}
