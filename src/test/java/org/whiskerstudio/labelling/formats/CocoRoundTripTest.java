package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.labelling.Shape;

/** What COCO writes, COCO reads back unchanged. */
class CocoRoundTripTest {
    @TempDir
    Path dir;

    private final CocoFormat coco = new CocoFormat();

    @Test
    void cocoRoundTripPreservesEveryShapeTagAndFlag() throws Exception {
        LabelledDataset written = JsonFormatFixtures.sample(dir.resolve("source"));
        coco.write(written, dir.resolve("out"));

        LabelledDataset read = coco.read(dir.resolve("out"));

        assertEquals(JsonFormatFixtures.labels(written), JsonFormatFixtures.labels(read));
        assertEquals(written.classes(), read.classes());
    }

    @Test
    void cocoRoundTripWithSplitsKeepsEachImagesSplit() throws Exception {
        LabelledDataset sample = JsonFormatFixtures.sample(dir.resolve("source"));
        List<Split> splits = List.of(Split.VAL, Split.TRAIN, Split.TEST);
        List<DatasetImage> images = new ArrayList<>();
        for (int i = 0; i < splits.size(); i++) {
            images.add(sample.images().get(i).withSplit(splits.get(i)));
        }
        coco.write(new LabelledDataset(sample.root(), sample.classes(), images), dir.resolve("out"));

        LabelledDataset read = coco.read(dir.resolve("out"));

        assertEquals(List.of(Split.TRAIN, Split.VAL, Split.TEST), read.images().stream().map(DatasetImage::split).toList());
        assertEquals(List.of("images/train/001.png", "images/val/001.png", "images/test/002.png"),
                read.images().stream().map(DatasetImage::path).toList());
    }

    @Test
    void cocoRoundTripKeepsBoxCornersBitForBit() throws Exception {
        // Independent corners: x + (x2 - x) rounds to a neighbour of x2 for about 2% of them.
        Random random = new Random(42);
        List<DatasetShape> boxes = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            boxes.add(new DatasetShape("cat", new Shape.Box(random.nextDouble() * 640 - 20, random.nextDouble() * 480 - 20,
                    random.nextDouble() * 640, random.nextDouble() * 480)));
        }
        DatasetImage image = DatasetImage.read("a.png", 640, 480, List.of(), boxes);
        coco.write(new LabelledDataset(dir, List.of("cat"), List.of(image)), dir.resolve("out"));

        List<DatasetShape> read = coco.read(dir.resolve("out")).images().get(0).shapes();
        assertEquals(boxes.size(), read.size());
        List<String> changed = IntStream.range(0, boxes.size()).filter(i -> !boxes.get(i).equals(read.get(i)))
                .mapToObj(i -> boxes.get(i).shape() + " came back as " + read.get(i).shape()).limit(3).toList();
        assertEquals(List.of(), changed);
    }
}
