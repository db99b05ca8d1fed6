package org.whiskerstudio.bench.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.labelling.formats.IdxFormat;

/** The speed bench's engine on a few random images: every figure is measured and the settings are read back. */
@Tag("engine")
class SpeedBenchmarkTest {
    private static IdxFormat.Images images(int count, long seed) {
        Random random = new Random(seed);
        byte[] pixels = new byte[count * 28 * 28];
        random.nextBytes(pixels);
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) (i % 10);
        }
        return new IdxFormat.Images(count, 28, 28, pixels, labels);
    }

    private static SpeedData data() {
        return SpeedData.of(images(96, 1), images(40, 2), IntStream.range(0, 10).mapToObj(String::valueOf).toList());
    }

    @Test
    void lenetReportsEveryFigureWithItsOneDnnHelpers() {
        SpeedBenchmark.Result r = SpeedBenchmark.run(SpeedBenchmark.Net.LENET, data(),
                new SpeedBenchmark.Options(32, 2, 5, 2, 42, 0));
        assertEquals(64, r.trainedExamples());
        assertTrue(r.trainPerSecond() > 0 && r.batchPerSecond() > 0 && r.model().medianMs() > 0
                && r.png().medianMs() > 0 && r.png().p99Ms() >= r.png().medianMs(), r.toString());
        assertTrue(r.testAccuracy() >= 0 && r.testAccuracy() <= 1, r.toString());
        assertTrue(r.settings().helpers().contains("MKLDNNConvHelper"), r.settings().helpers());
        assertEquals("NCHW", r.settings().cnnFormat());
        assertTrue(r.onnxRuntime().oneImage().medianMs() > 0 && r.onnxRuntime().batchPerSecond() > 0, r.toString());
        assertTrue(r.onnxRuntime().maxDifference() < 1e-4, "ONNX Runtime runs the same model: " + r.onnxRuntime());
    }

    @Test
    void lstmReadsImageRowsAsTimeSteps() {
        SpeedBenchmark.Result r = SpeedBenchmark.run(SpeedBenchmark.Net.LSTM, data(),
                new SpeedBenchmark.Options(32, 1, 3, 1, 42, 0));
        assertEquals(32, r.trainedExamples());
        assertTrue(r.png().medianMs() > 0 && Double.isFinite(r.trainLoss()), r.toString());
        assertTrue(r.settings().helpers().startsWith("LSTM"), r.settings().helpers());
        assertTrue(r.onnxRuntime().maxDifference() < 1e-4, "ONNX Runtime runs the same model: " + r.onnxRuntime());
    }

    @Test
    void latencyPercentilesComeFromTheSortedTimes() {
        double[] ms = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray();
        SpeedBenchmark.Latency latency = SpeedBenchmark.Latency.of(ms);
        assertEquals(51, latency.medianMs());
        assertEquals(90, latency.p90Ms());
        assertEquals(99, latency.p99Ms());
    }

    @Test
    void pngsAreTheTestImagesAndWrapAround() {
        List<byte[]> pngs = data().testPngs(45);
        assertEquals(45, pngs.size());
        assertEquals(List.of((byte) 0x89, (byte) 'P'), List.of(pngs.get(44)[0], pngs.get(44)[1]));
    }
}
