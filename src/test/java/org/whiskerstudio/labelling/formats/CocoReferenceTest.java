package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/** A hand-written COCO file with what real ones hold: gaps in category ids, background, floats, polygons, RLE. */
class CocoReferenceTest {
    static final String REFERENCE = """
            {
              "info": {"description": "hand-made reference", "year": 2024},
              "licenses": [{"id": 1, "name": "CC BY 4.0", "url": ""}],
              "images": [
                {"id": 10, "file_name": "a.png", "width": 64, "height": 48, "license": 1},
                {"id": 20, "file_name": "b.png", "width": 32, "height": 32}
              ],
              "annotations": [
                {"id": 1, "image_id": 10, "category_id": 3, "bbox": [1.5, 2.25, 10.0, 20.5], "area": 205.0,
                 "segmentation": [], "iscrowd": 0},
                {"id": 2, "image_id": 10, "category_id": 7, "bbox": [10.0, 10.0, 20.0, 15.5], "area": 155.0,
                 "segmentation": [[10.0, 10.0, 30.0, 10.0, 20.0, 25.5]], "iscrowd": 0},
                {"id": 5, "image_id": 20, "category_id": 7, "bbox": [0, 0, 16, 8], "area": 128,
                 "segmentation": {"counts": [0, 8, 24, 8, 24, 8, 928], "size": [32, 32]}, "iscrowd": 1},
                {"id": 9, "image_id": 20, "category_id": 3, "bbox": [1, 1, 29, 29], "area": 60,
                 "segmentation": [[1, 1, 5, 1, 5, 5], [20.5, 20.5, 30, 20.5, 30, 30, 20.5, 30]], "iscrowd": 0}
              ],
              "categories": [
                {"id": 0, "name": "background", "supercategory": "none"},
                {"id": 3, "name": "cat", "supercategory": "animal"},
                {"id": 7, "name": "dog", "supercategory": "animal"},
                {"id": 12, "name": "bird", "supercategory": "animal"}
              ]
            }
            """;

    @TempDir
    Path dir;
    private LabelledDataset dataset;

    @BeforeEach
    void readReference() throws Exception {
        JsonFormatFixtures.png(dir.resolve("a.png"), 64, 48);
        JsonFormatFixtures.png(dir.resolve("images/b.png"), 32, 32);
        dataset = new CocoFormat().read(JsonFormatFixtures.text(dir.resolve("instances.json"), REFERENCE));
    }

    @Test
    void cocoReadsNonContiguousCategoryIdsAndIgnoresBackground() {
        assertEquals(List.of("cat", "dog", "bird"), dataset.classes());
    }

    @Test
    void cocoReadsFloatBboxAsBoxFromTopLeftAndSize() {
        assertEquals(new DatasetShape("cat", new Shape.Box(1.5, 2.25, 11.5, 22.75)), dataset.images().get(0).shapes().get(0));
    }

    @Test
    void cocoPolygonSegmentationIsImportedInsteadOfItsBbox() {
        Shape.Polygon expected = new Shape.Polygon(List.of(new Point(10, 10), new Point(30, 10), new Point(20, 25.5)));
        assertEquals(new DatasetShape("dog", expected), dataset.images().get(0).shapes().get(1));
    }

    @Test
    void cocoRleCrowdAnnotationBecomesACrowdBox() {
        assertEquals(new DatasetShape("dog", new Shape.Box(0, 0, 16, 8), Set.of(Annotation.CROWD)),
                dataset.images().get(1).shapes().get(0));
    }

    @Test
    void cocoMultiPartSegmentationIsOneObjectWithAPolygonPerPart() {
        assertEquals(2, dataset.images().get(1).shapes().size(), "the crowd box and one object in parts");
        assertEquals(new DatasetShape("cat", new Shape.Parts(List.of(
                new Shape.Polygon(List.of(new Point(1, 1), new Point(5, 1), new Point(5, 5))),
                new Shape.Polygon(List.of(new Point(20.5, 20.5), new Point(30, 20.5), new Point(30, 30),
                        new Point(20.5, 30)))))), dataset.images().get(1).shapes().get(1));
    }

    @Test
    void cocoFindsImagesBesideTheFileOrInItsImagesFolder() {
        assertEquals(List.of("a.png", "images/b.png"), dataset.images().stream().map(DatasetImage::path).toList());
        assertEquals(dir.toAbsolutePath().normalize(), dataset.root());
    }

    @Test
    void cocoReadsImageSizes() {
        assertEquals(List.of(64, 48, 32, 32), List.of(dataset.images().get(0).width(), dataset.images().get(0).height(),
                dataset.images().get(1).width(), dataset.images().get(1).height()));
    }

    @Test
    void cocoKeepsABackgroundCategoryThatAnnotationsUse() throws Exception {
        Path file = JsonFormatFixtures.text(dir.resolve("used.json"), """
                {"images": [{"id": 1, "file_name": "a.png", "width": 64, "height": 48}],
                 "annotations": [{"id": 1, "image_id": 1, "category_id": 0, "bbox": [0, 0, 4, 4]}],
                 "categories": [{"id": 0, "name": "background"}, {"id": 1, "name": "cat"}]}
                """);

        assertEquals(List.of("background", "cat"), new CocoFormat().read(file).classes());
    }

    @Test
    void cocoIgnoresAWhiskerCornerThatNoLongerMatchesTheBbox() throws Exception {
        Path file = JsonFormatFixtures.text(dir.resolve("edited.json"), """
                {"images": [{"id": 1, "file_name": "a.png"}], "categories": [{"id": 1, "name": "cat"}],
                 "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [2, 2, 10, 10],
                                  "whisker_corner": [30.000000000000004, 30.000000000000004]}]}
                """);

        assertEquals(new Shape.Box(2, 2, 12, 12), new CocoFormat().read(file).images().get(0).shapes().get(0).shape());
    }
}
