package org.whiskerstudio.training.dl4j;

import java.util.List;
import org.whiskerstudio.architecture.Autoencoder;

/**
 * An autoencoder's code of each example: its bottleneck's inference-mode activations ({@link Autoencoder#bottleneck},
 * the narrowest layer; a variational autoencoder's code mean), what the code-distance anomaly score compares.
 */
public final class AutoencoderCodes {
    private AutoencoderCodes() {
    }

    /** One code per uint8 record, as {@link TrainedModel#encode} lays them out. */
    public static float[][] of(TrainedModel model, List<byte[]> records) {
        return model.activations(records, bottleneck(model));
    }

    /** The numbers in one code: the bottleneck's activations of one empty example. */
    public static int dimensions(TrainedModel model) {
        return of(model, List.of(new byte[model.preprocessing().recordBytes()]))[0].length;
    }

    private static String bottleneck(TrainedModel model) {
        return Autoencoder.of(model.architecture().network()).orElseThrow(() -> new IllegalArgumentException(
                "\"" + model.architecture().name() + "\" is not an autoencoder: it has no code")).bottleneck();
    }
}
