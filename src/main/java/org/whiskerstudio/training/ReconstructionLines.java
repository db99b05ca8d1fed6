package org.whiskerstudio.training;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.whiskerstudio.dataset.Normalisation;

/**
 * Turns a series or vector autoencoder's standardised inputs and reconstructions (plain arrays from the engine) into
 * {@link LineReconstructions} in the data's own units: each number is multiplied back by its channel's standard
 * deviation and its mean added, so a person reads degrees and percent, not z-scores.
 */
public final class ReconstructionLines {
    /** More lines than this in one small chart are a tangle: the first few features are shown. */
    public static final int MAX_FEATURES = 3;

    /**
     * How the numbers of one example lie: {@code features} rows of {@code steps} numbers (a vector: one row of its
     * entries), as DL4J lays out a sequence ([features, steps]) or a flat vector.
     */
    public record Layout(LineReconstructions.Along along, int features, int steps) {
        public Layout {
            if (features < 1 || steps < 1) {
                throw new IllegalArgumentException(features + " features of " + steps + " steps");
            }
            if (along == LineReconstructions.Along.ENTRIES && features != 1) {
                throw new IllegalArgumentException("a vector is one row of entries, not " + features);
            }
        }

        int size() {
            return features * steps;
        }
    }

    private ReconstructionLines() {
    }

    /**
     * @param inputs  the examples' standardised numbers, example after example, each as {@code layout} says
     * @param outputs the reconstructions, laid out alike
     * @param real    one number per example and step, 0 where the step was padding (a short series), else 1
     * @param names   the input's feature names, or empty to number them
     */
    public static LineReconstructions of(int epoch, Layout layout, float[] inputs, float[] outputs, float[] real,
                                         Normalisation normalisation, List<String> names) {
        int count = inputs.length / layout.size();
        if (inputs.length != count * layout.size() || outputs.length != inputs.length
                || real.length != count * layout.steps()) {
            throw new IllegalArgumentException("inputs, reconstructions and steps do not match " + layout);
        }
        int shown = Math.min(MAX_FEATURES, layout.features());
        List<LineReconstructions.Example> examples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            examples.add(new LineReconstructions.Example(lines(inputs, i, shown, layout, real, normalisation),
                    lines(outputs, i, shown, layout, real, normalisation)));
        }
        float[] std = normalisation.std();
        List<Float> spreads = IntStream.range(0, shown).mapToObj(f -> layout.along() == LineReconstructions.Along.STEPS
                ? std[channel(layout, f, 0, std.length)] : max(std)).toList();
        return new LineReconstructions(epoch, layout.along(), shownNames(layout, shown, names), layout.features(),
                spreads, examples);
    }

    private static List<float[]> lines(float[] values, int example, int shown, Layout layout, float[] real,
                                       Normalisation normalisation) {
        float[] mean = normalisation.mean();
        float[] std = normalisation.std();
        int steps = layout.steps();
        List<float[]> out = new ArrayList<>(shown);
        for (int f = 0; f < shown; f++) {
            float[] line = new float[steps];
            int from = example * layout.size() + f * steps;
            for (int t = 0; t < steps; t++) {
                int c = channel(layout, f, t, mean.length);
                line[t] = real[example * steps + t] == 0 ? Float.NaN : values[from + t] * std[c] + mean[c];
            }
            out.add(line);
        }
        return out;
    }

    /**
     * The standardisation channel of a number: a sequence's feature f is channel f modulo the channels (a series'
     * features are its channels; an image read row by row has one per colour, interleaved), a flat vector's entries
     * run through the channels in blocks (CHW order).
     */
    static int channel(Layout layout, int feature, int step, int channels) {
        return layout.along() == LineReconstructions.Along.STEPS ? feature % channels
                : (int) Math.min(channels - 1, (long) step * channels / layout.steps());
    }

    private static float max(float[] values) {
        float most = values[0];
        for (float v : values) {
            most = Math.max(most, v);
        }
        return most;
    }

    private static List<String> shownNames(Layout layout, int shown, List<String> names) {
        if (layout.along() == LineReconstructions.Along.ENTRIES) {
            return List.of("values");
        }
        return IntStream.range(0, shown)
                .mapToObj(f -> names.size() == layout.features() ? names.get(f) : "feature " + (f + 1)).toList();
    }
}
