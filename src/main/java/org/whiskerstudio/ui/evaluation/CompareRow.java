package org.whiskerstudio.ui.evaluation;

/** One class in the comparison of two runs: each run's recall and F1 on the same images. */
public record CompareRow(String name, double recallA, double recallB, double f1A, double f1B, int support) {
    public double f1Change() {
        return f1B - f1A;
    }
}
