package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.imports.TestImages;

/** A labelme file as labelme 5.x saves it, with the image embedded and no image file beside it. */
class LabelmeReferenceTest {
    @TempDir
    Path dir;
    private byte[] png;
    private LabelledDataset dataset;

    @BeforeEach
    void readReference() throws Exception {
        png = TestImages.bytes("png", 12, 8, 5);
        JsonFormatFixtures.text(dir.resolve("cat.json"), """
                {
                  "version": "5.2.1",
                  "flags": {
                    "cat": true,
                    "dog": false
                  },
                  "shapes": [
                    {
                      "label": "cat",
                      "points": [
                        [
                          40.0,
                          60.75
                        ],
                        [
                          10.5,
                          20.25
                        ]
                      ],
                      "group_id": null,
                      "description": "",
                      "shape_type": "rectangle",
                      "flags": {}
                    },
                    {
                      "label": "ear",
                      "points": [
                        [
                          1.0,
                          2.0
                        ],
                        [
                          30.0,
                          2.0
                        ],
                        [
                          15.5,
                          25.125
                        ]
                      ],
                      "group_id": 1,
                      "description": "left one",
                      "shape_type": "polygon",
                      "flags": {
                        "difficult": true,
                        "truncated": false
                      }
                    }
                  ],
                  "imagePath": "cat.png",
                  "imageData": "%s",
                  "imageHeight": 8,
                  "imageWidth": 12
                }
                """.formatted(Base64.getEncoder().encodeToString(png)));
        dataset = new LabelmeFormat().read(dir);
    }

    @Test
    void labelmeReadsRectangleCornersInAnyOrder() {
        assertEquals(new DatasetShape("cat", new Shape.Box(10.5, 20.25, 40, 60.75)), dataset.images().get(0).shapes().get(0));
    }

    @Test
    void labelmeReadsPolygonPointsAndTheShapesTrueFlags() {
        Shape.Polygon ear = new Shape.Polygon(List.of(new Point(1, 2), new Point(30, 2), new Point(15.5, 25.125)));
        assertEquals(new DatasetShape("ear", ear, Set.of(Annotation.DIFFICULT)), dataset.images().get(0).shapes().get(1));
    }

    @Test
    void labelmeImageFlagsSetToTrueBecomeTags() {
        assertEquals(List.of("cat"), dataset.images().get(0).tags());
    }

    @Test
    void labelmeNamesClassesInOrderOfFirstUse() {
        assertEquals(List.of("cat", "ear"), dataset.classes());
    }

    @Test
    void labelmeReadsTheImageSize() {
        assertEquals(List.of(12, 8), List.of(dataset.images().get(0).width(), dataset.images().get(0).height()));
    }

    @Test
    void labelmeEmbeddedImageDataBecomesAnImageFile() throws Exception {
        DatasetImage image = dataset.images().get(0);

        assertEquals("cat.png", image.path());
        assertArrayEquals(png, Files.readAllBytes(dataset.root().resolve(image.path())));
    }

    @Test
    void labelmeWritesNothingIntoTheFolderItReads() throws Exception {
        assertFalse(dataset.root().startsWith(dir.toAbsolutePath()));
        assertEquals(Set.of("cat.json"), CocoLayoutTest.names(dir));
    }
}
