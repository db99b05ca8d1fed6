package org.whiskerstudio.dataset.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.whiskerstudio.dataset.ArrayExamples;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.Layout;

@Tag("engine")
class ExampleTrainingDataTest {
    /** n examples of c x h x w; example i has every pixel i / n except pixel (0, 0, x) = x / w, class i % 2. */
    private static ArrayExamples examples(int n, int c, int h, int w, float offset) {
        float[] pixels = new float[n * c * h * w];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            for (int k = 0; k < c * h * w; k++) {
                pixels[i * c * h * w + k] = Math.min(1, offset + (float) i / n);
            }
            for (int x = 0; x < w; x++) {
                pixels[i * c * h * w + x] = (float) x / w;
            }
        }
        return new ArrayExamples(pixels, labels, c, h, w);
    }

    private static ExampleTrainingData data(Layout layout, Augmentation augmentation, long seed) {
        return new ExampleTrainingData(List.of("a", "b"), examples(10, 3, 4, 5, 0), examples(6, 3, 4, 5, 0.5f),
                ArrayExamples.empty(3, 4, 5), layout, 4, seed, augmentation);
    }

    @Test
    void imageBatchesAreNchwWithOneHotLabels() {
        DataSet batch = data(Layout.IMAGE, Augmentation.none(), 1).train(0).next();
        assertArrayEquals(new long[] {4, 3, 4, 5}, batch.getFeatures().shape());
        assertArrayEquals(new long[] {4, 2}, batch.getLabels().shape());
        assertEquals(4.0, batch.getLabels().sumNumber().doubleValue(), 1e-9);
    }

    @Test
    void sequenceBatchesHaveImageRowsAsTimeSteps() {
        DataSet batch = data(Layout.SEQUENCE, Augmentation.none(), 1).validation().orElseThrow().next();
        assertArrayEquals(new long[] {4, 15, 4}, batch.getFeatures().shape(), "[batch, width x channels, rows]");
        // Row 0 of channel 0 rises with x; as features (x * channels + 0) of step 0 it must rise too.
        assertTrue(batch.getFeatures().getDouble(0, 0, 0) < batch.getFeatures().getDouble(0, 3, 0));
    }

    @Test
    void vectorBatchesAreFlat() {
        DataSet batch = data(Layout.VECTOR, Augmentation.none(), 1).train(0).next();
        assertArrayEquals(new long[] {4, 60}, batch.getFeatures().shape());
    }

    @Test
    void theLastBatchHoldsTheRest() {
        DataSetIterator it = data(Layout.IMAGE, Augmentation.none(), 1).train(0);
        it.next();
        it.next();
        assertEquals(2, it.next().numExamples());
        assertTrue(!it.hasNext());
    }

    @Test
    void theSameSeedAndEpochGiveTheSameBatchesAndAnotherEpochAnotherOrder() {
        Augmentation all = new Augmentation(true, 15, 0.1, 0.2);
        DataSet a = data(Layout.IMAGE, all, 5).train(3).next();
        DataSet b = data(Layout.IMAGE, all, 5).train(3).next();
        DataSet c = data(Layout.IMAGE, all, 5).train(4).next();
        assertEquals(a.getFeatures(), b.getFeatures());
        assertEquals(a.getLabels(), b.getLabels());
        assertNotEquals(a.getFeatures(), c.getFeatures());
    }

    @Test
    void augmentationChangesTrainingBatchesButNeverValidation() {
        Augmentation bright = new Augmentation(false, 0, 0, 0.5);
        DataSet plainTrain = data(Layout.IMAGE, Augmentation.none(), 2).train(0).next();
        DataSet brightTrain = data(Layout.IMAGE, bright, 2).train(0).next();
        assertNotEquals(plainTrain.getFeatures(), brightTrain.getFeatures());
        DataSet plainVal = data(Layout.IMAGE, Augmentation.none(), 2).validation().orElseThrow().next();
        DataSet brightVal = data(Layout.IMAGE, bright, 2).validation().orElseThrow().next();
        assertEquals(plainVal.getFeatures(), brightVal.getFeatures());
    }

    @Test
    void normalisationIsFittedOnTheTrainingPartOnly() {
        ExampleTrainingData data = data(Layout.IMAGE, Augmentation.none(), 1);
        // Validation pixels are 0.5 brighter; fitted on them the mean would be far higher.
        float trainMean = (float) IntStream.range(0, 10).mapToDouble(i -> i / 10.0).average().orElseThrow();
        assertTrue(Math.abs(data.normalisation().mean()[1] - trainMean) < 1e-5, data.normalisation().toString());
    }

    @Test
    void anEmptyPartHasNoIterator() {
        assertTrue(data(Layout.IMAGE, Augmentation.none(), 1).test().isEmpty());
    }
}
