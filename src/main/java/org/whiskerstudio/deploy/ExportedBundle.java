package org.whiskerstudio.deploy;

import java.util.Locale;
import java.util.Optional;

/**
 * A bundle written: its card, and when {@code model.onnx} was asked for but left out, why (the bundle is written
 * without it rather than not at all: the DL4J model in it is as good).
 */
public record ExportedBundle(ModelCard card, Optional<String> onnxLeftOut) {
    /** Why {@code model.onnx} is not in a bundle whose ONNX model did not match DL4J. */
    public static String parityFailed(OnnxParity parity) {
        return leftOut("ONNX Runtime did not match DL4J (" + parity.summary() + ")");
    }

    /** Why {@code model.onnx} is not in a bundle: {@code why} says what could not be exported or matched. */
    public static String leftOut(String why) {
        return "model.onnx was left out: " + why + "; the bundle answers with DL4J.";
    }

    /** "Exported x.whisker-model.zip." with the ONNX line or why it was left out, for a status line. */
    public String sentence(String fileName) {
        return "Exported " + fileName + card.test().map(t -> String.format(Locale.ROOT,
                " (test accuracy %.1f%% on %d images)", 100 * t.accuracy(), t.examples())).orElse("") + "."
                + card.onnx().map(o -> " With model.onnx: " + o.parity().line() + ".").orElse("")
                + onnxLeftOut.map(why -> " " + why).orElse("");
    }
}
