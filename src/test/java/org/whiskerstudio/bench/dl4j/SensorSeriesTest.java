package org.whiskerstudio.bench.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.whiskerstudio.training.TrainingConfig;

/** The sensor row trains whole epochs, about as many batches as the Fashion classifiers, and never stops early. */
class SensorSeriesTest {
    private static final OnnxBenchmark.Options OPTIONS = new OnnxBenchmark.Options(60, 64, 1000, 300, 42);

    @Test
    void sixtyBatchesOfSixtyFourOverTheSamples1508TrainingWindowsAreThreeEpochs() {
        TrainingConfig config = SensorSeries.config(OPTIONS, 1508);

        assertEquals(3, config.epochs());
        assertEquals(3, config.patience());
        assertEquals(64, config.batchSize());
        assertEquals(42, config.seed());
    }

    @Test
    void moreWindowsThanTheBatchesCoverStillTrainOneEpoch() {
        assertEquals(1, SensorSeries.config(OPTIONS, 100_000).epochs());
    }
}
