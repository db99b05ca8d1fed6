package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/** Where COCO files and images are looked for and put. */
class CocoLayoutTest {
    private static final String ONE_IMAGE = """
            {"images": [{"id": 1, "file_name": "x.png", "width": 8, "height": 8}],
             "categories": [{"id": 1, "name": "cat"}],
             "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [1, 1, 2, 2]}]}
            """;

    @TempDir
    Path dir;

    private final CocoFormat coco = new CocoFormat();

    @Test
    void cocoReadsTheOriginalLayoutWithSplitFoldersBesideAnnotations() throws Exception {
        JsonFormatFixtures.text(dir.resolve("annotations/instances_val2017.json"), ONE_IMAGE);
        JsonFormatFixtures.png(dir.resolve("val2017/x.png"), 8, 8);

        DatasetImage image = coco.read(dir).images().get(0);

        assertEquals("val2017/x.png", image.path());
        assertEquals(Split.VAL, image.split());
    }

    @Test
    void cocoReadsImagesInImagesSplitFolders() throws Exception {
        JsonFormatFixtures.text(dir.resolve("annotations/instances_train.json"), ONE_IMAGE);
        JsonFormatFixtures.png(dir.resolve("images/train/x.png"), 8, 8);

        assertEquals("images/train/x.png", coco.read(dir).images().get(0).path());
    }

    @Test
    void cocoReadsAnInstancesFileItselfAsPartOfTheStandardLayout() throws Exception {
        Path file = JsonFormatFixtures.text(dir.resolve("annotations/instances_train.json"), ONE_IMAGE);
        JsonFormatFixtures.png(dir.resolve("images/x.png"), 8, 8);

        LabelledDataset dataset = coco.read(file);

        assertEquals(dir.toAbsolutePath().normalize(), dataset.root());
        assertEquals("images/x.png", dataset.images().get(0).path());
    }

    @Test
    void cocoRefusesAFolderWithoutAnnotations() throws Exception {
        Files.createDirectories(dir.resolve("annotations"));

        FormatException e = assertThrows(FormatException.class, () -> coco.read(dir));
        assertTrue(e.reason().contains("instances_<split>.json"), e.reason());
    }

    @Test
    void cocoWriteWithoutSplitsGivesAnnotationsJsonAndImagesFolder() throws Exception {
        coco.write(JsonFormatFixtures.sample(dir.resolve("source")), dir.resolve("out"));

        assertTrue(Files.isRegularFile(dir.resolve("out/annotations.json")));
        assertEquals(Set.of("001.png", "001-2.png", "002.png"), names(dir.resolve("out/images")));
    }

    @Test
    void cocoWriteWithSplitsGivesOneInstancesFileAndImageFolderPerSplit() throws Exception {
        LabelledDataset sample = JsonFormatFixtures.sample(dir.resolve("source"));
        List<DatasetImage> images = List.of(sample.images().get(0).withSplit(Split.TRAIN),
                sample.images().get(1).withSplit(Split.VAL), sample.images().get(2).withSplit(Split.TEST));
        coco.write(new LabelledDataset(sample.root(), sample.classes(), images), dir.resolve("out"));

        assertEquals(Set.of("instances_train.json", "instances_val.json", "instances_test.json"),
                names(dir.resolve("out/annotations")));
        assertEquals(Set.of("train", "val", "test"), names(dir.resolve("out/images")));
        assertTrue(Files.isRegularFile(dir.resolve("out/images/val/001.png")));
    }

    @Test
    void cocoWriteRefusesAFolderThatHoldsFiles() throws Exception {
        JsonFormatFixtures.text(dir.resolve("out/notes.txt"), "mine");

        assertThrows(IOException.class, () -> coco.write(JsonFormatFixtures.sample(dir.resolve("source")), dir.resolve("out")));
        assertEquals(Set.of("notes.txt"), names(dir.resolve("out")));
    }

    @Test
    void cocoWritesStableIdsBoxesAndPolygonsAsCocoToolsExpect() throws Exception {
        DatasetImage image = DatasetImage.read("a.png", 40, 30, List.of("dog"), List.of(
                new DatasetShape("dog", new Shape.Box(1.5, 2, 11.5, 22)),
                new DatasetShape("cat", new Shape.Polygon(List.of(new Point(0, 0), new Point(4, 0), new Point(4, 3))),
                        Set.of(Annotation.CROWD))));
        coco.write(new LabelledDataset(dir, List.of("cat", "dog"), List.of(image)), dir.resolve("out"));

        JsonNode written = Json.mapper().readTree(dir.resolve("out/annotations.json").toFile());

        assertEquals(Json.mapper().readTree("""
                {"images": [{"id": 1, "file_name": "a.png", "width": 40, "height": 30, "whisker_tags": ["dog"]}],
                 "annotations": [
                   {"id": 1, "image_id": 1, "category_id": 2, "bbox": [1.5, 2.0, 10.0, 20.0], "area": 200.0,
                    "segmentation": [], "iscrowd": 0},
                   {"id": 2, "image_id": 1, "category_id": 1, "bbox": [0.0, 0.0, 4.0, 3.0], "area": 6.0,
                    "segmentation": [[0.0, 0.0, 4.0, 0.0, 4.0, 3.0]], "iscrowd": 1}],
                 "categories": [{"id": 1, "name": "cat", "supercategory": "none"},
                                {"id": 2, "name": "dog", "supercategory": "none"}]}
                """), withoutInfo(written));
    }

    @Test
    void cocoWritesTheSameBytesForTheSameDataset() throws Exception {
        coco.write(JsonFormatFixtures.sample(dir.resolve("source")), dir.resolve("one"));
        coco.write(JsonFormatFixtures.sample(dir.resolve("source")), dir.resolve("two"));

        assertEquals(Files.readString(dir.resolve("one/annotations.json")),
                Files.readString(dir.resolve("two/annotations.json")));
    }

    private static JsonNode withoutInfo(JsonNode written) {
        ((ObjectNode) written).remove(List.of("info", "licenses"));
        return written;
    }

    static Set<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return Set.copyOf(files.map(f -> f.getFileName().toString()).toList());
        }
    }
}
