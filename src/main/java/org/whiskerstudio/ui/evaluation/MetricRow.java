package org.whiskerstudio.ui.evaluation;

/** A row of the metrics table: a class, or an average ({@code average} true, support the images counted). */
public record MetricRow(String name, double precision, double recall, double f1, int support, boolean average) {
}
