package org.whiskerstudio.training;

import java.util.List;

/**
 * An image autoencoder's fixed few validation images and its reconstructions of them at the end of an epoch, as
 * unsigned bytes channel by channel (CHW); each pair is scaled alike, so a faint reconstruction looks faint.
 */
public record ReconstructionSamples(int epoch, int width, int height, int channels, List<byte[]> inputs,
                                    List<byte[]> outputs) implements LiveReconstructions {
    public ReconstructionSamples {
        if (inputs.size() != outputs.size()) {
            throw new IllegalArgumentException(inputs.size() + " inputs but " + outputs.size() + " reconstructions");
        }
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    @Override
    public int count() {
        return inputs.size();
    }
}
