package org.whiskerstudio.architecture;

/** What a layer rule found: the output shape and costs, or why the layer cannot take its input. */
sealed interface LayerCost {

    record Fits(TensorShape output, long params, long macs) implements LayerCost {
    }

    record Refused(String message) implements LayerCost {
    }

    static LayerCost fits(TensorShape output, long params, long macs) {
        return new Fits(output, params, macs);
    }

    static LayerCost refused(String message) {
        return new Refused(message);
    }
}
