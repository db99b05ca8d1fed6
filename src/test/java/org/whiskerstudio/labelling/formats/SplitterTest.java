package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.labelling.Shape;

class SplitterTest {

    @Test
    void splitterGivesTheSameSplitsForTheSameSeed() {
        List<DatasetImage> images = images("cat", 40, "dog", 25);

        assertEquals(Splitter.assign(images, 0.7, 0.2, 0.1, 7), Splitter.assign(images, 0.7, 0.2, 0.1, 7));
    }

    @Test
    void splitterGivesOtherSplitsForAnotherSeed() {
        List<DatasetImage> images = images("cat", 40, "dog", 25);

        assertNotEquals(Splitter.assign(images, 0.7, 0.2, 0.1, 7), Splitter.assign(images, 0.7, 0.2, 0.1, 8));
    }

    @Test
    void splitterGivesTheSameSplitsWhateverTheInputOrder() {
        List<DatasetImage> images = images("cat", 40, "dog", 25);
        List<DatasetImage> shuffled = new ArrayList<>(images);
        Collections.shuffle(shuffled, new Random(99));

        assertEquals(splitByPath(Splitter.assign(images, 0.8, 0.1, 0.1, 3)),
                splitByPath(Splitter.assign(shuffled, 0.8, 0.1, 0.1, 3)));
    }

    @Test
    void splitterKeepsEachClassProportionWithinOneImage() {
        List<DatasetImage> split = Splitter.assign(images("cat", 37, "dog", 11, "bird", 5), 0.6, 0.25, 0.15, 1);

        for (String cls : List.of("cat", "dog", "bird")) {
            List<DatasetImage> ofClass = split.stream().filter(i -> i.tags().get(0).equals(cls)).toList();
            Map<Split, Long> counts = ofClass.stream().collect(Collectors.groupingBy(DatasetImage::split, Collectors.counting()));
            assertWithinOne(cls, Split.TRAIN, counts, ofClass.size() * 0.6);
            assertWithinOne(cls, Split.VAL, counts, ofClass.size() * 0.25);
            assertWithinOne(cls, Split.TEST, counts, ofClass.size() * 0.15);
        }
    }

    @Test
    void splitterCutsByLargestRemainderSoCountsAddUp() {
        List<DatasetImage> split = Splitter.assign(images("cat", 7), 0.5, 0.25, 0.25, 1);

        // 3.5 / 1.75 / 1.75: floors 3 + 1 + 1, the two images left go to the larger remainders.
        assertEquals(Map.of(Split.TRAIN, 3L, Split.VAL, 2L, Split.TEST, 2L), countBySplit(split));
    }

    @Test
    void splitterSendsALoneImageOfAClassToTrain() {
        // Largest remainder alone would send it to val or test (0.4 each against train's 0.2).
        List<DatasetImage> split = Splitter.assign(images("cat", 10, "rare", 1), 0.2, 0.4, 0.4, 5);

        assertEquals(Split.TRAIN, split.get(10).split());
    }

    @Test
    void splitterStratifiesByFirstShapeClassWhenAnImageHasNoTag() {
        List<DatasetImage> images = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            DatasetShape box = new DatasetShape("car", new Shape.Box(0, 0, 5, 5));
            images.add(DatasetImage.read(String.format(Locale.ROOT, "car-%02d.jpg", i), 0, 0, List.of(), List.of(box)));
        }

        assertEquals(Map.of(Split.TRAIN, 5L, Split.VAL, 5L), countBySplit(Splitter.assign(images, 0.5, 0.5, 0, 2)));
        assertEquals("car", Splitter.stratum(images.get(0)));
    }

    @Test
    void splitterPutsImagesWithoutLabelsInTheirOwnStratum() {
        DatasetImage bare = DatasetImage.read("bare.jpg", 0, 0, List.of(), List.of());

        assertEquals(Splitter.UNLABELLED, Splitter.stratum(bare));
    }

    @Test
    void splitterReturnsImagesInTheirInputOrder() {
        List<DatasetImage> images = images("dog", 5, "cat", 5);

        List<String> paths = Splitter.assign(images, 0.8, 0.1, 0.1, 1).stream().map(DatasetImage::path).toList();

        assertEquals(images.stream().map(DatasetImage::path).toList(), paths);
    }

    @Test
    void splitterRefusesFractionsThatDoNotAddUpToOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Splitter.assign(images("cat", 3), 0.8, 0.1, 0.2, 1));

        assertTrue(e.getMessage().contains("add up to 1"), e.getMessage());
    }

    @Test
    void splitterRefusesNegativeFractions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Splitter.assign(images("cat", 3), 1.2, -0.1, -0.1, 1));

        assertTrue(e.getMessage().contains("between 0 and 1"), e.getMessage());
    }

    private static void assertWithinOne(String cls, Split split, Map<Split, Long> counts, double expected) {
        long actual = counts.getOrDefault(split, 0L);
        assertTrue(Math.abs(actual - expected) < 1.0,
                cls + " " + split + ": " + actual + " images, expected " + expected + " +- 1");
    }

    private static Map<String, Split> splitByPath(List<DatasetImage> images) {
        return images.stream().collect(Collectors.toMap(DatasetImage::path, DatasetImage::split));
    }

    private static Map<Split, Long> countBySplit(List<DatasetImage> images) {
        return images.stream().collect(Collectors.groupingBy(DatasetImage::split, Collectors.counting()));
    }

    /** Tagged images: pairs of class name and count, named "class-NN.jpg". */
    static List<DatasetImage> images(Object... classAndCount) {
        List<DatasetImage> images = new ArrayList<>();
        for (int c = 0; c < classAndCount.length; c += 2) {
            String cls = (String) classAndCount[c];
            for (int i = 0; i < (Integer) classAndCount[c + 1]; i++) {
                images.add(DatasetImage.read(String.format(Locale.ROOT, "%s-%02d.jpg", cls, i), 0, 0, List.of(cls), List.of()));
            }
        }
        return images;
    }
}
