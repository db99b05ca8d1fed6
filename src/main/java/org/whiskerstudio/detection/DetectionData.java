package org.whiskerstudio.detection;

import java.util.List;
import java.util.Optional;
import org.whiskerstudio.dataset.Normalisation;

/**
 * What a detector trains on: its classes, the letterboxed examples of each part, and the input's standardisation
 * fitted on the training part. The validation part, when there is one, decides the best epoch and early stopping.
 *
 * @param size     the square input's side in pixels
 * @param channels 1 (grey) or 3 (RGB)
 * @param notes    what the reading left out or should be known ("3 images could not be read"), for the run's log
 */
public record DetectionData(List<String> classes, int size, int channels, List<DetectionExample> train,
                            List<DetectionExample> validation, List<DetectionExample> test,
                            Normalisation normalisation, List<String> notes) {
    public DetectionData {
        classes = List.copyOf(classes);
        train = List.copyOf(train);
        validation = List.copyOf(validation);
        test = List.copyOf(test);
        notes = List.copyOf(notes);
    }

    /** The validation part, empty when it has no image. */
    public Optional<List<DetectionExample>> validationPart() {
        return validation.isEmpty() ? Optional.empty() : Optional.of(validation);
    }

    /**
     * The per-channel mean and standard deviation of the training images' pixels (scaled to [0, 1]), padding
     * included, as the network sees them; a channel with no spread gets a standard deviation of 1.
     */
    public static Normalisation fit(List<DetectionExample> train, int channels) {
        double[] sum = new double[channels];
        double[] squares = new double[channels];
        long perChannel = 0;
        for (DetectionExample example : train) {
            byte[] pixels = example.pixels();
            int plane = pixels.length / channels;
            perChannel += plane;
            for (int c = 0; c < channels; c++) {
                for (int i = c * plane; i < (c + 1) * plane; i++) {
                    double v = (pixels[i] & 0xFF) / 255.0;
                    sum[c] += v;
                    squares[c] += v * v;
                }
            }
        }
        float[] mean = new float[channels];
        float[] std = new float[channels];
        for (int c = 0; c < channels; c++) {
            double m = perChannel == 0 ? 0 : sum[c] / perChannel;
            double variance = perChannel == 0 ? 0 : squares[c] / perChannel - m * m;
            mean[c] = (float) m;
            std[c] = variance > 1e-8 ? (float) Math.sqrt(variance) : 1f;
        }
        return new Normalisation(mean, std);
    }

    /** The same examples standardised as {@code kept} says (a resumed run's recorded standardisation). */
    public DetectionData withNormalisation(Normalisation kept) {
        return new DetectionData(classes, size, channels, train, validation, test, kept, notes);
    }

    /** Boxes of each class in the training part. */
    public int[] trainBoxesPerClass() {
        int[] counts = new int[classes.size()];
        train.forEach(e -> e.truths().forEach(t -> counts[t.classIndex()]++));
        return counts;
    }
}
