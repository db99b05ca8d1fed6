package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.imports.TestImages;

/** Where labelme files and their images are looked for and put, and what a round trip keeps. */
class LabelmeLayoutTest {
    @TempDir
    Path dir;

    private final LabelmeFormat labelme = new LabelmeFormat();

    static String file(String imagePath, String imageData) {
        return """
                {"version": "5.2.1", "flags": {}, "imagePath": "%s", "imageData": %s, "imageHeight": 8, "imageWidth": 8,
                 "shapes": [{"label": "cat", "points": [[1, 1], [4, 4]], "shape_type": "rectangle", "flags": {}}]}
                """.formatted(imagePath, imageData);
    }

    @Test
    void labelmeRoundTripPreservesEveryShapeTagAndFlag() throws Exception {
        LabelledDataset written = JsonFormatFixtures.sample(dir.resolve("source"));
        labelme.write(written, dir.resolve("out"));

        LabelledDataset read = labelme.read(dir.resolve("out"));

        // labelme files have no order; they are read sorted by name ("001-2.json" before "001.json").
        assertEquals(written.images().size(), read.images().size());
        assertEquals(Set.copyOf(JsonFormatFixtures.labels(written)), Set.copyOf(JsonFormatFixtures.labels(read)));
    }

    @Test
    void labelmeWritesOneJsonBesideEachImageWithARelativeImagePath() throws Exception {
        labelme.write(JsonFormatFixtures.sample(dir.resolve("source")), dir.resolve("out"));

        assertEquals(Set.of("001.png", "001.json", "001-2.png", "001-2.json", "002.png", "002.json"),
                CocoLayoutTest.names(dir.resolve("out")));
        JsonNode second = Json.mapper().readTree(dir.resolve("out/001-2.json").toFile());
        assertEquals("001-2.png", second.get("imagePath").asText());
        assertTrue(second.get("imageData").isNull());
        assertEquals("5.2.1", second.get("version").asText());
    }

    @Test
    void labelmeWritesBoxesAsTwoPointRectangles() throws Exception {
        DatasetImage image = DatasetImage.read("a.png", 8, 8, List.of("cat"),
                List.of(new DatasetShape("cat", new Shape.Box(1.5, 2, 6, 7.25))));
        labelme.write(new LabelledDataset(dir, List.of("cat"), List.of(image)), dir.resolve("out"));

        JsonNode written = Json.mapper().readTree(dir.resolve("out/a.json").toFile());

        assertEquals(Json.mapper().readTree("""
                {"version": "5.2.1", "flags": {"cat": true},
                 "shapes": [{"label": "cat", "points": [[1.5, 2.0], [6.0, 7.25]], "group_id": null, "description": "",
                             "shape_type": "rectangle", "flags": {}}],
                 "imagePath": "a.png", "imageData": null, "imageHeight": 8, "imageWidth": 8}
                """), written);
    }

    @Test
    void labelmeWriteWithSplitsPutsEachImageInItsSplitFolder() throws Exception {
        LabelledDataset sample = JsonFormatFixtures.sample(dir.resolve("source"));
        List<DatasetImage> images = List.of(sample.images().get(0).withSplit(Split.TRAIN),
                sample.images().get(1).withSplit(Split.VAL), sample.images().get(2).withSplit(Split.TEST));
        labelme.write(new LabelledDataset(sample.root(), sample.classes(), images), dir.resolve("out"));

        assertEquals(Set.of("train", "val", "test"), CocoLayoutTest.names(dir.resolve("out")));
        assertEquals(Set.of("001.png", "001.json"), CocoLayoutTest.names(dir.resolve("out/val")));
    }

    @Test
    void labelmeWriteRefusesAFolderThatHoldsFiles() {
        JsonFormatFixtures.text(dir.resolve("out/notes.txt"), "mine");

        assertThrows(IOException.class, () -> labelme.write(JsonFormatFixtures.sample(dir.resolve("source")), dir.resolve("out")));
    }

    @Test
    void labelmeReadsAnImagePathThatClimbsToASiblingFolder() throws Exception {
        JsonFormatFixtures.png(dir.resolve("images/x.png"), 8, 8);
        JsonFormatFixtures.text(dir.resolve("labels/x.json"), file("..\\\\images\\\\x.png", "null"));

        LabelledDataset dataset = labelme.read(dir);

        assertEquals("images/x.png", dataset.images().get(0).path());
        assertEquals(dir.toAbsolutePath().normalize(), dataset.root());
    }

    @Test
    void labelmeLinksFilesBesideEmbeddedImagesIntoOneRoot() throws Exception {
        byte[] onDisk = Files.readAllBytes(JsonFormatFixtures.png(dir.resolve("a.png"), 8, 8));
        JsonFormatFixtures.text(dir.resolve("a.json"), file("a.png", "null"));
        String embedded = Base64.getEncoder().encodeToString(TestImages.bytes("png", 8, 8, 9));
        JsonFormatFixtures.text(dir.resolve("sub/b.json"), file("b.png", "\"" + embedded + "\""));

        LabelledDataset dataset = labelme.read(dir);

        assertEquals(List.of("a.png", "sub/b.png"), dataset.images().stream().map(DatasetImage::path).toList());
        assertArrayEquals(onDisk, Files.readAllBytes(dataset.root().resolve("a.png")));
        assertTrue(Files.isRegularFile(dataset.root().resolve("sub/b.png")));
    }

    @Test
    void labelmeSkipsJsonFilesThatAreNotLabelmeFiles() throws Exception {
        JsonFormatFixtures.png(dir.resolve("a.png"), 8, 8);
        JsonFormatFixtures.text(dir.resolve("a.json"), file("a.png", "null"));
        JsonFormatFixtures.text(dir.resolve("classes.json"), "{\"names\": [\"cat\"]}");

        assertEquals(1, labelme.read(dir).images().size());
    }

    @Test
    void labelmeReadsFourCornerRectanglesAsBoxes() throws Exception {
        JsonFormatFixtures.png(dir.resolve("a.png"), 8, 8);
        JsonFormatFixtures.text(dir.resolve("a.json"), """
                {"imagePath": "a.png", "shapes": [{"label": "cat", "shape_type": "rectangle",
                 "points": [[1, 2], [6, 2], [6, 7.5], [1, 7.5]]}]}
                """);

        assertEquals(new Shape.Box(1, 2, 6, 7.5), labelme.read(dir).images().get(0).shapes().get(0).shape());
    }
}
