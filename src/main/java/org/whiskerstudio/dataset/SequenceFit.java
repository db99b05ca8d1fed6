package org.whiskerstudio.dataset;

/** What fitting sequences to a fixed number of steps did: how many of {@code examples} were cut or padded. */
public record SequenceFit(int examples, int truncated, int padded, int steps) {
    /** A sentence for the run's warnings; empty when every example had exactly {@code steps} steps. */
    public String sentence() {
        if (truncated == 0 && padded == 0) {
            return "";
        }
        return "Inputs are " + steps + " steps: " + truncated + " of " + examples
                + " examples were longer and keep their last " + steps + " steps, " + padded
                + " were shorter and were padded at the front.";
    }
}
