package org.whiskerstudio.training;

import java.util.Locale;

/**
 * What to write with a trained next-character model; the constructor refuses absurd values with a sentence
 * saying which and what is allowed.
 *
 * @param primer      the text the model continues (1 to {@link #MAX_PRIMER} characters)
 * @param length      characters to write after it, 1 to {@link #MAX_LENGTH}
 * @param temperature 0.1 (safe, repetitive) to 2 (wild); 1 samples the model's own probabilities
 */
public record TextGeneration(String primer, int length, double temperature, long seed) {
    public static final int MAX_LENGTH = 5_000;
    public static final int MAX_PRIMER = 1_000;
    public static final double MIN_TEMPERATURE = 0.1;
    public static final double MAX_TEMPERATURE = 2.0;

    public TextGeneration {
        if (primer == null || primer.isEmpty()) {
            throw new IllegalArgumentException("The primer must have at least one character for the model to continue.");
        }
        if (primer.length() > MAX_PRIMER) {
            throw new IllegalArgumentException("The primer has " + primer.length() + " characters; at most " + MAX_PRIMER
                    + " are allowed.");
        }
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("The length must be 1 to " + MAX_LENGTH + " characters, not " + length + ".");
        }
        if (!(temperature >= MIN_TEMPERATURE && temperature <= MAX_TEMPERATURE)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "The temperature must be %.1f to %.1f, not %s "
                    + "(0.5-1.0 reads best).", MIN_TEMPERATURE, MAX_TEMPERATURE, temperature));
        }
    }
}
