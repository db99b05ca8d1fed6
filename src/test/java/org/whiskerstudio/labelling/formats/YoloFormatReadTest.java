package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.whiskerstudio.labelling.formats.FormatFixtures.image;
import static org.whiskerstudio.labelling.formats.FormatFixtures.text;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/** Reading YOLO from hand-written reference folders, as Ultralytics, darknet and labelImg lay them out. */
class YoloFormatReadTest {
    @TempDir
    Path tmp;

    private final YoloFormat yolo = new YoloFormat();

    /** classes.txt, a 200 x 100 image with two boxes and a polygon, and an image with no label file. */
    private void referenceFolder() {
        text(tmp.resolve("classes.txt"), "cat\ndog\n\n");
        image(tmp.resolve("images/train/a.png"), 200, 100);
        text(tmp.resolve("labels/train/a.txt"), """
                0 0.5 0.5 0.2 0.4
                1 0.25 0.75 0.125 0.25

                1 0.125 0.25 0.375 0.25 0.25 0.5
                """);
        image(tmp.resolve("images/val/b.jpg"), 30, 20);
    }

    @Test
    void yoloReadsBoxesAndPolygonsInPixelsOfTheImage() throws Exception {
        referenceFolder();

        DatasetImage a = yolo.read(tmp).images().get(0);

        assertEquals(List.of(new DatasetShape("cat", new Shape.Box(80, 30, 120, 70)),
                new DatasetShape("dog", new Shape.Box(37.5, 62.5, 62.5, 87.5)),
                new DatasetShape("dog", new Shape.Polygon(List.of(new Point(25, 25), new Point(75, 25),
                        new Point(50, 50))))), a.shapes());
    }

    @Test
    void yoloPairsImagesInSplitFoldersAndReadsTheirSizeFromTheHeader() throws Exception {
        referenceFolder();

        List<DatasetImage> images = yolo.read(tmp).images();

        assertEquals(List.of("images/train/a.png 200x100", "images/val/b.jpg 30x20"),
                images.stream().map(i -> i.path() + " " + i.width() + "x" + i.height()).toList());
    }

    @Test
    void yoloTreatsAnImageWithoutALabelFileAsUnlabelled() throws Exception {
        referenceFolder();

        assertEquals(List.of(), yolo.read(tmp).images().get(1).shapes());
    }

    @Test
    void yoloTakesClassesInClassesTxtOrder() throws Exception {
        referenceFolder();

        assertEquals(List.of("cat", "dog"), yolo.read(tmp).classes());
    }

    @Test
    void yoloReadsClassNamesFromADataYamlFlowList() throws Exception {
        text(tmp.resolve("data.yaml"), "train: images/train\nval: images/val\nnc: 2\nnames: ['cat', dog]  # two\n");
        image(tmp.resolve("images/train/a.png"), 10, 10);
        text(tmp.resolve("labels/train/a.txt"), "1 0.5 0.5 1 1\n");

        assertEquals("dog", yolo.read(tmp).images().get(0).shapes().get(0).className());
    }

    @Test
    void yoloReadsClassNamesFromADataYamlNumberedMap() throws Exception {
        text(tmp.resolve("data.yaml"), """
                path: ../datasets/pets
                train: images/train
                names:
                  0: cat
                  1: "hot dog"
                download: https://example.org/pets.zip
                """);
        image(tmp.resolve("images/train/a.png"), 10, 10);

        assertEquals(List.of("cat", "hot dog"), yolo.read(tmp).classes());
    }

    @Test
    void yoloReadsALabelImgFolderWithLabelsBesideTheImages() throws Exception {
        text(tmp.resolve("classes.txt"), "cat\n");
        image(tmp.resolve("a.png"), 100, 50);
        text(tmp.resolve("a.txt"), "0 0.5 0.5 0.5 0.5\n");

        DatasetImage a = yolo.read(tmp).images().get(0);

        assertEquals(List.of("a.png", new DatasetShape("cat", new Shape.Box(25, 12.5, 75, 37.5))),
                List.of(a.path(), a.shapes().get(0)));
    }

    @Test
    void yoloReadsImageTagsFromTagsCsv() throws Exception {
        referenceFolder();
        text(tmp.resolve("tags.csv"), "image,tag\nimages/val/b.jpg,\"night, rainy\"\nimages/val/b.jpg,indoor\n");

        LabelledDataset dataset = yolo.read(tmp);

        assertEquals(List.of(List.of("night, rainy", "indoor"), List.of("cat", "dog", "night, rainy", "indoor")),
                List.of(dataset.images().get(1).tags(), dataset.classes()));
    }

    @Test
    void yoloAcceptsRoundingNoiseJustOutsideZeroToOne() throws Exception {
        text(tmp.resolve("classes.txt"), "cat\n");
        image(tmp.resolve("images/a.png"), 100, 100);
        text(tmp.resolve("labels/a.txt"), "0 0.5 0.5 1.0000004 -0.0000003\n");

        Shape.Box box = (Shape.Box) yolo.read(tmp).images().get(0).shapes().get(0).shape();

        assertEquals(List.of(0.0, 100.0), List.of(box.x1(), box.x2()));
    }
}
