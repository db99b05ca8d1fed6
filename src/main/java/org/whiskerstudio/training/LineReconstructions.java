package org.whiskerstudio.training;

import java.util.List;

/**
 * A series or vector autoencoder's fixed few validation examples and its reconstructions of them at the end of an
 * epoch, in the data's own units (the run's standardisation undone), as lines: each example holds, for each shown
 * feature, its input and its reconstruction over the steps (a vector: over its entries, as one feature). A step a
 * short series was padded with is NaN in both, so nothing is drawn there.
 *
 * @param along        what the horizontal axis counts
 * @param features     the names of the shown features, the first few of the input's
 * @param featureCount how many features the input has (more than are shown when there are many)
 * @param spreads      each shown feature's standard deviation over the training part, in its units: a chart is at
 *                     least this tall, so a wiggle that is small for the feature looks small
 */
public record LineReconstructions(int epoch, Along along, List<String> features, int featureCount,
                                  List<Float> spreads, List<Example> examples) implements LiveReconstructions {
    /** Time steps of a series, or the entries of a flat vector. */
    public enum Along { STEPS, ENTRIES }

    /** One example's lines: {@code inputs.get(f)[t]} is shown feature f at step t, likewise its reconstruction. */
    public record Example(List<float[]> inputs, List<float[]> outputs) {
        public Example {
            if (inputs.size() != outputs.size()) {
                throw new IllegalArgumentException(inputs.size() + " input lines but " + outputs.size()
                        + " reconstructed");
            }
            inputs = inputs.stream().map(float[]::clone).toList();
            outputs = outputs.stream().map(float[]::clone).toList();
        }
    }

    public LineReconstructions {
        features = List.copyOf(features);
        spreads = List.copyOf(spreads);
        examples = List.copyOf(examples);
        if (spreads.size() != features.size()) {
            throw new IllegalArgumentException(spreads.size() + " spreads for " + features.size() + " features");
        }
        for (Example e : examples) {
            if (e.inputs().size() != features.size()) {
                throw new IllegalArgumentException("an example has " + e.inputs().size() + " lines for "
                        + features.size() + " features");
            }
        }
        if (featureCount < features.size()) {
            throw new IllegalArgumentException(features.size() + " features shown of " + featureCount);
        }
    }

    @Override
    public int count() {
        return examples.size();
    }
}
