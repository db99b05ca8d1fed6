package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ProjectStore;

/**
 * A COCO annotation whose segmentation holds several polygons is one object in parts: 12 objects drawn as 16
 * polygons import as 12 labels and export as 12 annotations, each with its polygons.
 */
class CocoPartsTest {
    @TempDir
    Path temp;

    /** 12 annotations on two images; every third one in two polygons (an occluded object), 16 polygons in all. */
    private Path twelveObjects() {
        Path dir = temp.resolve("coco");
        JsonFormatFixtures.png(dir.resolve("a.png"), 200, 100);
        JsonFormatFixtures.png(dir.resolve("b.png"), 200, 100);
        StringBuilder annotations = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            int x = 15 * (i % 6);
            String one = "[" + x + ", 10, " + (x + 10) + ", 10, " + (x + 5) + ", 30]";
            String two = "[" + x + ", 60, " + (x + 10) + ", 60, " + (x + 5) + ", 80.5]";
            annotations.append(i == 0 ? "" : ",\n").append("{\"id\": ").append(i + 1).append(", \"image_id\": ")
                    .append(i < 6 ? 1 : 2).append(", \"category_id\": ").append(i % 2 + 1)
                    .append(", \"iscrowd\": 0, \"bbox\": [").append(x).append(", 10, 10, 70.5], \"segmentation\": [")
                    .append(one).append(i % 3 == 0 ? ", " + two : "").append("]}");
        }
        return JsonFormatFixtures.text(dir.resolve("annotations.json"), """
                {"images": [{"id": 1, "file_name": "a.png", "width": 200, "height": 100},
                            {"id": 2, "file_name": "b.png", "width": 200, "height": 100}],
                 "categories": [{"id": 1, "name": "car"}, {"id": 2, "name": "person"}],
                 "annotations": [%s]}""".formatted(annotations));
    }

    @Test
    void aMultiPolygonSegmentationIsOneObjectInParts() throws Exception {
        LabelledDataset read = new CocoFormat().read(twelveObjects());

        List<DatasetShape> shapes = read.images().stream().flatMap(i -> i.shapes().stream()).toList();
        assertEquals(12, shapes.size());
        assertEquals(4, shapes.stream().filter(s -> s.shape() instanceof Shape.Parts).count());
        assertEquals(2, ((Shape.Parts) shapes.get(0).shape()).parts().size());
    }

    @Test
    void aProjectRoundTripKeepsTwelveObjectsTwelve() throws Exception {
        Path in = twelveObjects();
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            LabelImportReport imported = new DatasetImporter(store).importLabels(new CocoFormat(), in, Progress.NONE,
                    new Cancellation());
            assertEquals(12, imported.annotations());

            Path out = temp.resolve("out");
            ExportReport report = new DatasetExporter(store).export(new CocoFormat(), out, Optional.empty());
            assertEquals(List.of(), report.leftOut());
            JsonNode annotations = Json.mapper().readTree(out.resolve("annotations.json").toFile()).get("annotations");
            assertEquals(12, annotations.size(), "12 objects, not 16");
            List<Integer> parts = new ArrayList<>();
            annotations.forEach(a -> parts.add(a.get("segmentation").size()));
            assertEquals(List.of(2, 1, 1, 2, 1, 1, 2, 1, 1, 2, 1, 1), parts);
            JsonNode first = annotations.get(0);
            assertEquals("[0.0,10.0,10.0,70.5]", first.get("bbox").toString(), "the bbox holds every part");
            assertEquals(100.0 + 102.5, first.get("area").asDouble(), 1e-9, "the parts' areas added");

            assertEquals(shapes(new CocoFormat().read(in)), shapes(new CocoFormat().read(out)));
        }
    }

    private static List<Shape> shapes(LabelledDataset dataset) {
        return dataset.images().stream().flatMap(i -> i.shapes().stream()).map(DatasetShape::shape).toList();
    }
}
