package org.whiskerstudio.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.TensorRecords;
import org.whiskerstudio.detection.DetectionDataReader;
import org.whiskerstudio.detection.DetectionExample;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.detection.DetectorOutput;
import org.whiskerstudio.detection.Letterbox;

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
        String source = String.valueOf(file.getFileName());
        Input input = model.detector().isPresent() ? letterboxed(read(file), source)
                : new Input(new TensorRecords(model.preprocessing()).load(file), Optional.empty());
        return finish(source, input, k, t0);
    }

    /** The same for an encoded example in memory (an upload). */
    public Prediction predict(byte[] encoded, String source, int k) throws ImageUnreadable {
        long t0 = System.nanoTime();
        return finish(source, input(encoded, source), k, t0);
    }

    /**
     * A record on its way to the model, and for a detector how its image was letterboxed: boxes are read back into
     * the image's own pixels.
     */
    private record Input(byte[] record, Optional<Letterbox> letterbox) {
    }

    private Input input(byte[] encoded, String source) throws ImageUnreadable {
        return model.detector().isPresent() ? letterboxed(encoded, source)
                : new Input(new TensorRecords(model.preprocessing()).load(encoded, source), Optional.empty());
    }

    /** A detector's image, decoded whole and upright and letterboxed as its training images were. */
    private Input letterboxed(byte[] encoded, String source) throws ImageUnreadable {
        try {
            DetectionExample example = DetectionDataReader.decode(encoded, model.preprocessing(), source);
            return new Input(example.pixels(), Optional.of(example.letterbox()));
        } catch (IOException e) {
            throw new ImageUnreadable(e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) throws ImageUnreadable {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImageUnreadable("cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The same predictor answering a detector's boxes with other thresholds (this one if it is not a detector). */
    public RecordPredictor withThresholds(DetectionSettings thresholds) {
        if (model.detector().isEmpty()) {
            return this;
        }
        DetectorOutput output = model.detector().get().with(thresholds);
        RecordModel inner = model;
        return new RecordPredictor(new RecordModel() {
            @Override
            public List<String> classes() {
                return inner.classes();
            }

            @Override
            public Preprocessing preprocessing() {
                return inner.preprocessing();
            }

            @Override
            public float[][] probabilities(List<byte[]> records) {
                return inner.probabilities(records);
            }

            @Override
            public Optional<DetectorOutput> detector() {
                return Optional.of(output);
            }
        });
    }

    /** One forward pass for several already-read examples (not a detector's); the time is shared out evenly. */
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
            Input input;
            try {
                input = input(encoded, "upload");
            } catch (ImageUnreadable | RuntimeException e) {
                batcher.decodingFailed();
                throw e;
            }
            try {
                float[] row = batcher.probabilities(input.record());
                return answer("upload", row, input.letterbox(), k, t0);
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

    private Prediction finish(String source, Input input, int k, long t0) {
        float[] row = model.probabilities(List.of(input.record()))[0];
        return answer(source, row, input.letterbox(), k, t0);
    }

    /** Whether the model answers anomaly scores and verdicts rather than classes. */
    public boolean scoresAnomalies() {
        return model.anomalyThreshold().isPresent();
    }

    /** The CSV columns its answers fill. */
    public PredictionFormats.Columns columns() {
        return findsBoxes() ? PredictionFormats.Columns.BOXES
                : scoresAnomalies() ? PredictionFormats.Columns.ANOMALY : PredictionFormats.Columns.CLASSES;
    }

    /** Whether the model answers boxes rather than classes. */
    public boolean findsBoxes() {
        return model.detector().isPresent();
    }

    /**
     * One model output row as an answer: the top {@code k} classes, an anomaly model's score and verdict, or a
     * detector's boxes (decoded here, on the caller's thread, so a server's shared pass stays one forward pass).
     */
    private Prediction answer(String source, float[] row, Optional<Letterbox> letterbox, int k, long t0) {
        if (model.detector().isEmpty()) {
            return answer(source, row, k, (System.nanoTime() - t0) / 1e6);
        }
        Letterbox box = letterbox.orElseThrow(() -> new IllegalStateException("a detector's input has a letterbox"));
        FoundBoxes found = new FoundBoxes(box.imageWidth(), box.imageHeight(), model.classes(),
                model.detector().get().boxes(row, box));
        return Prediction.found(source, found, (System.nanoTime() - t0) / 1e6);
    }

    /** A classifier's or anomaly model's row as its answer. */
    private Prediction answer(String source, float[] row, int k, double millis) {
        OptionalDouble threshold = model.anomalyThreshold();
        return threshold.isPresent() ? Prediction.scored(source, AnomalyVerdict.of(row[0], threshold.getAsDouble()), millis)
                : new Prediction(source, Prediction.topK(model.classes(), row, k), millis);
    }
}
