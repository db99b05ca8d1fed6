package org.whiskerstudio.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.dataset.TensorRecords;

/**
 * Top-k predictions with timing for the Deploy screen, {@code whisker predict}, {@code whisker serve} and the
 * benchmarks: one code path from a file or an upload to classes (read, preprocess, forward pass, rank), whichever
 * engine is behind the {@link RecordModel}, so engines are compared on the same work.
 */
public class RecordPredictor {
    private final RecordModel model;

    public RecordPredictor(RecordModel model) {
        this.model = model;
    }

    /** One forward pass on an empty example, so the first real prediction is not the one paying for start-up. */
    public RecordPredictor warmedUp() {
        model.probabilities(List.of(new byte[model.preprocessing().recordBytes()]));
        return this;
    }

    public RecordModel records() {
        return model;
    }

    public List<String> classes() {
        return model.classes();
    }

    /** Read + preprocess + forward pass of one file. */
    public Prediction predict(Path file, int k) throws ImageUnreadable {
        long t0 = System.nanoTime();
        byte[] record = new TensorRecords(model.preprocessing()).load(file);
        return finish(String.valueOf(file.getFileName()), record, k, t0);
    }

    /** The same for an encoded example in memory (an upload). */
    public Prediction predict(byte[] encoded, String source, int k) throws ImageUnreadable {
        long t0 = System.nanoTime();
        byte[] record = new TensorRecords(model.preprocessing()).load(encoded, source);
        return finish(source, record, k, t0);
    }

    /** One forward pass for several already-read examples; the time is shared out evenly. */
    public List<Prediction> predictPixels(List<String> sources, List<byte[]> records, int k) {
        long t0 = System.nanoTime();
        float[][] rows = model.probabilities(records);
        double each = (System.nanoTime() - t0) / 1e6 / Math.max(1, rows.length);
        List<Prediction> out = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            out.add(answer(sources.get(i), rows[i], k, each));
        }
        return out;
    }

    /**
     * {@code whisker serve}'s server answering with this predictor, concurrent requests sharing forward passes
     * ({@link MicroBatcher}).
     */
    public PredictionServer serve(PredictionServer.Settings settings, String name) throws IOException {
        return PredictionServer.start(settings, new BatchedUploads(new MicroBatcher(model,
                settings.maxBatch(), MicroBatcher.DEFAULT_WINDOW_MICROS)), name, classes());
    }

    /** Uploads decoded on their request threads, predicted in shared passes; each answer's time is its own wait. */
    private final class BatchedUploads implements PredictionServer.ImagePredictor {
        private final MicroBatcher batcher;

        BatchedUploads(MicroBatcher batcher) {
            this.batcher = batcher;
        }

        @Override
        public Prediction predict(byte[] encoded, int k) throws ImageUnreadable {
            long t0 = System.nanoTime();
            batcher.decodingStarted();
            byte[] record;
            try {
                record = new TensorRecords(model.preprocessing()).load(encoded, "upload");
            } catch (ImageUnreadable | RuntimeException e) {
                batcher.decodingFailed();
                throw e;
            }
            try {
                float[] probabilities = batcher.probabilities(record);
                return answer("upload", probabilities, k, (System.nanoTime() - t0) / 1e6);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the server is shutting down", e);
            }
        }

        @Override
        public void close() {
            batcher.close();
        }
    }

    private Prediction finish(String source, byte[] record, int k, long t0) {
        float[] probabilities = model.probabilities(List.of(record))[0];
        return answer(source, probabilities, k, (System.nanoTime() - t0) / 1e6);
    }

    /** Whether the model answers anomaly scores and verdicts rather than classes. */
    public boolean scoresAnomalies() {
        return model.anomalyThreshold().isPresent();
    }

    /** One model output row as an answer: the top {@code k} classes, or an anomaly model's score and verdict. */
    private Prediction answer(String source, float[] row, int k, double millis) {
        OptionalDouble threshold = model.anomalyThreshold();
        return threshold.isPresent() ? Prediction.scored(source, AnomalyVerdict.of(row[0], threshold.getAsDouble()), millis)
                : new Prediction(source, Prediction.topK(model.classes(), row, k), millis);
    }
}
