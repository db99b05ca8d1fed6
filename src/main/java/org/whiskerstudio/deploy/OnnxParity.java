package org.whiskerstudio.deploy;

import java.util.Locale;

/**
 * How an exported ONNX model agreed with DL4J: top classes equal on {@code agreed} of {@code examples} examples, and
 * the largest difference of any output. {@code examplesFrom} says what the examples were.
 */
public record OnnxParity(int agreed, int examples, double maxDifference, String examplesFrom) {
    /** The largest output difference an export accepts. */
    public static final double LIMIT = 1e-4;

    public boolean passed() {
        return examples > 0 && agreed == examples && maxDifference <= LIMIT;
    }

    /** The line with where its examples came from, as the card, the dialog and a refusal say it. */
    public String summary() {
        return line() + " on " + examplesFrom;
    }

    /** "ONNX parity: 200/200, max difference 3e-8". */
    public String line() {
        return "ONNX parity: " + agreed + "/" + examples + ", max difference " + scientific(maxDifference);
    }

    /** A number as "3e-8" (one significant digit), "0" for zero. */
    public static String scientific(double value) {
        if (value == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.0e", value).replace("e+0", "e").replace("e+", "e")
                .replace("e-0", "e-");
    }
}
