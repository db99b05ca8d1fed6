package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.project.imports.TestImages;

/** Broken labelme files are refused with the file, the place in it and the reason. */
class LabelmeMalformedTest {
    @TempDir
    Path dir;

    private FormatException refusal(Path file) {
        FormatException e = assertThrows(FormatException.class, () -> new LabelmeFormat().read(dir));
        assertEquals(file.toAbsolutePath().normalize(), e.file().toAbsolutePath().normalize());
        return e;
    }

    /** A file for a.png (which exists) holding the given shape. */
    private Path withShape(String shape) {
        JsonFormatFixtures.png(dir.resolve("a.png"), 8, 8);
        return JsonFormatFixtures.text(dir.resolve("a.json"), """
                {"version": "5.2.1", "flags": {}, "imagePath": "a.png", "imageData": null, "shapes": [%s]}
                """.formatted(shape));
    }

    @Test
    void labelmeRefusesAnImagePathLeadingOutOfTheFolder() {
        Path file = JsonFormatFixtures.text(dir.resolve("a.json"), LabelmeLayoutTest.file("../../etc/passwd", "null"));

        FormatException e = refusal(file);
        assertEquals("imagePath", e.place());
        assertTrue(e.reason().contains("outside the dataset folder"), e.reason());
    }

    @Test
    void labelmeRefusesAnAbsoluteImagePath() {
        Path file = JsonFormatFixtures.text(dir.resolve("sub/a.json"), LabelmeLayoutTest.file("/etc/passwd", "null"));

        assertTrue(refusal(file).reason().contains("absolute"));
    }

    @Test
    void labelmeRefusesImageDataThatIsNotBase64() {
        Path file = JsonFormatFixtures.text(dir.resolve("a.json"), LabelmeLayoutTest.file("a.png", "\"iVBORw0KGgo*not-base64*\""));

        assertEquals("imageData", refusal(file).place());
    }

    @Test
    void labelmeRefusesAMissingImageWithoutImageData() {
        Path file = JsonFormatFixtures.text(dir.resolve("a.json"), LabelmeLayoutTest.file("a.png", "null"));

        FormatException e = refusal(file);
        assertEquals("imagePath", e.place());
        assertTrue(e.reason().contains("does not exist"), e.reason());
    }

    @Test
    void labelmeRefusesAMaskNamingTheShape() {
        Path file = withShape("""
                {"label": "cat", "points": [[1, 1], [2, 2]], "shape_type": "rectangle"},
                {"label": "ball", "points": [[4, 4], [6, 4]], "shape_type": "mask"}""");

        FormatException e = refusal(file);
        assertEquals("shapes[1].shape_type", e.place());
        assertTrue(e.reason().contains("\"mask\""), e.reason());
    }

    @Test
    void labelmeRefusesARectangleOfThreePoints() {
        Path file = withShape("{\"label\": \"cat\", \"points\": [[1, 1], [2, 2], [3, 1]], \"shape_type\": \"rectangle\"}");

        assertEquals("shapes[0].points", refusal(file).place());
    }

    @Test
    void labelmeRefusesAPolygonOfTwoPoints() {
        Path file = withShape("{\"label\": \"cat\", \"points\": [[1, 1], [2, 2]], \"shape_type\": \"polygon\"}");

        assertEquals("shapes[0].points", refusal(file).place());
    }

    @Test
    void labelmeRefusesAPointThatIsNotAPair() {
        Path file = withShape("{\"label\": \"cat\", \"points\": [[1, 1], [2], [3, 1]], \"shape_type\": \"polygon\"}");

        assertEquals("shapes[0].points[1]", refusal(file).place());
    }

    @Test
    void labelmeRefusesAShapeWithoutLabel() {
        Path file = withShape("{\"points\": [[1, 1], [2, 2]], \"shape_type\": \"rectangle\"}");

        assertEquals("shapes[0].label", refusal(file).place());
    }

    @Test
    void labelmeRefusesAFlagThatIsNotTrueOrFalse() {
        JsonFormatFixtures.png(dir.resolve("a.png"), 8, 8);
        Path file = JsonFormatFixtures.text(dir.resolve("a.json"),
                "{\"flags\": {\"cat\": \"yes\"}, \"imagePath\": \"a.png\", \"shapes\": []}");

        assertEquals("flags.cat", refusal(file).place());
    }

    @Test
    void labelmeRefusesAFolderWithoutLabelmeFiles() {
        JsonFormatFixtures.text(dir.resolve("notes.json"), "{\"a\": 1}");

        assertThrows(FormatException.class, () -> new LabelmeFormat().read(dir));
    }

    @Test
    void labelmeFailedReadLeavesNoDecodedImagesBehind() throws IOException {
        String embedded = Base64.getEncoder().encodeToString(TestImages.bytes("png", 8, 8, 3));
        JsonFormatFixtures.text(dir.resolve("a.json"), LabelmeLayoutTest.file("a.png", "\"" + embedded + "\""));
        JsonFormatFixtures.text(dir.resolve("b.json"), LabelmeLayoutTest.file("b.png", "\"%%%\""));
        long before = stagingFolders();

        assertThrows(FormatException.class, () -> new LabelmeFormat().read(dir));
        assertEquals(before, stagingFolders());
    }

    private static long stagingFolders() throws IOException {
        try (Stream<Path> files = Files.list(new File(System.getProperty("java.io.tmpdir")).toPath())) {
            return files.filter(f -> f.getFileName().toString().startsWith("whisker-labelme")).count();
        }
    }
}
