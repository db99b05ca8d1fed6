package org.whiskerstudio.evaluation;

/** Precision, recall and F1 averaged over classes: plainly (macro) or weighted by each class's support. */
public record Averages(double precision, double recall, double f1) {
}
