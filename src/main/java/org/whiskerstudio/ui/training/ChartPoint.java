package org.whiskerstudio.ui.training;

/** One point of a chart series, free of chart controls so view models can hold series. */
public record ChartPoint(double x, double y) {
}
