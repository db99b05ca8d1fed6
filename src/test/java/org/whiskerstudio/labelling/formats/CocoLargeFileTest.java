package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real COCO files are big: the 2017 validation set has 5,000 images, the training set 118,000. */
class CocoLargeFileTest {
    private static final int IMAGES = 20_000;
    private static final int BOXES_PER_IMAGE = 5;

    @TempDir
    Path dir;

    @Test
    void cocoReadsTwentyThousandImagesOfFiveBoxesWithoutAQuadraticBlowUp() throws Exception {
        Path file = JsonFormatFixtures.text(dir.resolve("big.json"), bigFile());

        // A few seconds on a quiet machine; the limit only catches work that grows with images x boxes (minutes), and
        // leaves room for a loaded machine. Speed itself is measured by `whisker bench formats`.
        LabelledDataset dataset = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new CocoFormat().read(file));

        assertEquals(IMAGES, dataset.images().size());
        assertEquals(IMAGES * BOXES_PER_IMAGE, dataset.images().stream().mapToInt(image -> image.shapes().size()).sum());
    }

    private static String bigFile() {
        StringBuilder json = new StringBuilder(IMAGES * 800);
        json.append("{\"categories\": [{\"id\": 1, \"name\": \"cat\"}, {\"id\": 2, \"name\": \"dog\"}],\n\"images\": [\n");
        for (int i = 1; i <= IMAGES; i++) {
            json.append("{\"id\": ").append(i).append(", \"file_name\": \"").append(String.format(Locale.ROOT, "%06d", i))
                    .append(".jpg\", \"width\": 640, \"height\": 480}").append(i < IMAGES ? ",\n" : "\n");
        }
        json.append("],\n\"annotations\": [\n");
        int id = 1;
        for (int i = 1; i <= IMAGES; i++) {
            for (int b = 0; b < BOXES_PER_IMAGE; b++, id++) {
                json.append("{\"id\": ").append(id).append(", \"image_id\": ").append(i)
                        .append(", \"category_id\": ").append(1 + b % 2)
                        .append(", \"bbox\": [").append(b * 10.5).append(", ").append(b * 7.25)
                        .append(", 40.5, 30.25], \"area\": 1225.125, \"segmentation\": [], \"iscrowd\": 0}")
                        .append(id < IMAGES * BOXES_PER_IMAGE ? ",\n" : "\n");
            }
        }
        return json.append("]}\n").toString();
    }
}
