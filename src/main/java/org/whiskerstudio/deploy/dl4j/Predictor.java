package org.whiskerstudio.deploy.dl4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.dataset.TensorRecords;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.deploy.Prediction;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * Top-k predictions with timing for the Deploy screen, {@code whisker predict} and {@code whisker serve}: one code
 * path from encoded image to classes. Decoding runs in parallel across callers; the forward pass is serialised by
 * {@link TrainedModel}.
 */
public final class Predictor {
    private final TrainedModel model;

    public Predictor(TrainedModel model) {
        this.model = model;
    }

    /** One forward pass on a black image, so the first real prediction is not the one paying for start-up. */
    public Predictor warmedUp() {
        model.predictPixels(List.of(new byte[model.preprocessing().recordBytes()]));
        return this;
    }

    public TrainedModel model() {
        return model;
    }

    public List<String> classes() {
        return model.classes();
    }

    /** Decode + preprocess + forward pass of one image file. */
    public Prediction predict(Path file, int k) throws ImageUnreadable {
        long t0 = System.nanoTime();
        byte[] pixels = model.pixels(file);
        return finish(String.valueOf(file.getFileName()), pixels, k, t0);
    }

    /** The same for an encoded image in memory (an upload). */
    public Prediction predict(byte[] encoded, String source, int k) throws ImageUnreadable {
        long t0 = System.nanoTime();
        byte[] pixels = new TensorRecords(model.preprocessing()).load(encoded, source);
        return finish(source, pixels, k, t0);
    }

    /** One forward pass for several already-decoded images; the time is shared out evenly. */
    public List<Prediction> predictPixels(List<String> sources, List<byte[]> pixels, int k) {
        long t0 = System.nanoTime();
        float[][] rows = model.predictPixels(pixels);
        double each = (System.nanoTime() - t0) / 1e6 / Math.max(1, rows.length);
        List<Prediction> out = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            out.add(new Prediction(sources.get(i), Prediction.topK(model.classes(), rows[i], k), each));
        }
        return out;
    }

    private Prediction finish(String source, byte[] pixels, int k, long t0) {
        float[] probabilities = model.predictPixels(List.of(pixels))[0];
        return new Prediction(source, Prediction.topK(model.classes(), probabilities, k), (System.nanoTime() - t0) / 1e6);
    }
}
