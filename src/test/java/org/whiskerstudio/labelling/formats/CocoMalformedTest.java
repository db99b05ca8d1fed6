package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken COCO files are refused with the file, the place in it and the reason. */
class CocoMalformedTest {
    @TempDir
    Path dir;

    /** A file with one image, one category and the given annotation. */
    private FormatException refusal(String annotation) {
        return refusalOf("""
                {"images": [{"id": 1, "file_name": "a.png", "width": 8, "height": 8}],
                 "categories": [{"id": 5, "name": "cat"}],
                 "annotations": [%s]}
                """.formatted(annotation));
    }

    private FormatException refusalOf(String json) {
        Path file = JsonFormatFixtures.text(dir.resolve("bad.json"), json);
        FormatException e = assertThrows(FormatException.class, () -> new CocoFormat().read(file));
        assertEquals(file.toAbsolutePath().normalize(), e.file().toAbsolutePath().normalize());
        return e;
    }

    @Test
    void cocoRefusesAnAnnotationWithoutBbox() {
        FormatException e = refusal("{\"id\": 1, \"image_id\": 1, \"category_id\": 5, \"iscrowd\": 0}");
        assertEquals("annotations[0].bbox", e.place());
    }

    @Test
    void cocoRefusesABboxOfThreeNumbers() {
        FormatException e = refusal("{\"id\": 1, \"image_id\": 1, \"category_id\": 5, \"bbox\": [1, 2, 3]}");
        assertEquals("annotations[0].bbox", e.place());
        assertTrue(e.reason().contains("expected 4 numbers, found 3"), e.reason());
    }

    @Test
    void cocoRefusesABboxWithText() {
        FormatException e = refusal("{\"id\": 1, \"image_id\": 1, \"category_id\": 5, \"bbox\": [1, \"2\", 3, 4]}");
        assertEquals("annotations[0].bbox[1]", e.place());
    }

    @Test
    void cocoRefusesAnUnknownCategoryId() {
        FormatException e = refusal("{\"id\": 1, \"image_id\": 1, \"category_id\": 6, \"bbox\": [1, 2, 3, 4]}");
        assertEquals("annotations[0].category_id", e.place());
        assertTrue(e.reason().contains("no category has id 6"), e.reason());
    }

    @Test
    void cocoRefusesAnUnknownImageId() {
        FormatException e = refusal("{\"id\": 1, \"image_id\": 2, \"category_id\": 5, \"bbox\": [1, 2, 3, 4]}");
        assertEquals("annotations[0].image_id", e.place());
    }

    @Test
    void cocoRefusesAPolygonOfTwoPoints() {
        FormatException e = refusal("{\"id\": 1, \"image_id\": 1, \"category_id\": 5, \"bbox\": [1, 2, 3, 4],"
                + " \"segmentation\": [[1, 2, 3, 4]]}");
        assertEquals("annotations[0].segmentation[0]", e.place());
    }

    @Test
    void cocoRefusesANegativeBboxWidth() {
        FormatException e = refusal("{\"id\": 1, \"image_id\": 1, \"category_id\": 5, \"bbox\": [1, 2, -3, 4]}");
        assertEquals("annotations[0].bbox", e.place());
    }

    @Test
    void cocoRefusesDuplicateAnnotationIds() {
        FormatException e = refusal("{\"id\": 4, \"image_id\": 1, \"category_id\": 5, \"bbox\": [1, 2, 3, 4]},"
                + " {\"id\": 4, \"image_id\": 1, \"category_id\": 5, \"bbox\": [1, 2, 3, 4]}");
        assertEquals("annotations[1].id", e.place());
    }

    @Test
    void cocoRefusesDuplicateImageIds() {
        FormatException e = refusalOf("""
                {"images": [{"id": 1, "file_name": "a.png"}, {"id": 1, "file_name": "b.png"}], "categories": []}
                """);
        assertEquals("images[1].id", e.place());
    }

    @Test
    void cocoRefusesAnImageIdGivenAsText() {
        FormatException e = refusalOf("{\"images\": [{\"id\": \"1\", \"file_name\": \"a.png\"}], \"categories\": []}");
        assertEquals("images[0].id", e.place());
    }

    @Test
    void cocoRefusesAFileWithoutImages() {
        FormatException e = refusalOf("{\"categories\": [], \"annotations\": []}");
        assertEquals("images", e.place());
    }

    @Test
    void cocoRefusesAnImagePathLeavingTheFolder() {
        FormatException e = refusalOf("{\"images\": [{\"id\": 1, \"file_name\": \"../../etc/passwd\"}]}");
        assertEquals("images[0].file_name", e.place());
    }

    @Test
    void cocoRefusesBrokenJsonNamingTheLine() {
        FormatException e = refusalOf("{\"images\": [\n{\"id\": 1,,}]}");
        assertEquals("line 2, column 10", e.place());
    }
}
