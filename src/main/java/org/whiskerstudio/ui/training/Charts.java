package org.whiskerstudio.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** Line charts for live metrics: no animation, no symbols, series fed from view-model point lists. */
final class Charts {
    /** About what a chart's title (top), legend and x axis (bottom) and y axis (left) take around its plot. */
    private static final Insets PLOT_AREA = new Insets(30, 8, 56, 72);

    private Charts() {
    }

    static LineChart<Number, Number> lineChart(String id, String title, String xLabel, String yLabel) {
        NumberAxis x = new NumberAxis();
        x.setLabel(xLabel);
        x.setForceZeroInRange(false);
        // Steps and epochs are whole numbers: a few steps' auto range ticks at 2.5, 7.5 ... and those stay unlabelled.
        x.setTickLabelFormatter(EpochTicks.LABELS);
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.getStyleClass().add("training-chart");
        return chart;
    }

    /** Makes {@code axis} an epoch axis reaching {@code lastEpoch}: whole-number ticks only, no minor ticks. */
    static void epochAxis(NumberAxis axis, ObservableValue<? extends Number> lastEpoch) {
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(EpochTicks.LABELS);
        Runnable apply = () -> {
            EpochTicks t = EpochTicks.forEpochs(lastEpoch.getValue() == null ? 0 : lastEpoch.getValue().intValue());
            axis.setLowerBound(t.lower());
            axis.setUpperBound(t.upper());
            axis.setTickUnit(t.unit());
        };
        lastEpoch.addListener((o, a, b) -> apply.run());
        apply.run();
    }

    /**
     * The chart with {@code text} over its plot while {@code empty}; the axes' made-up numbers are hidden meanwhile
     * (a fixed axis, such as accuracy's 0-100 %, keeps them) so an empty chart looks intended, not broken.
     */
    static Node withPlaceholder(LineChart<Number, Number> chart, ObservableStringValue text, BooleanExpression empty) {
        Label placeholder = new Label();
        placeholder.getStyleClass().add("chart-placeholder");
        placeholder.textProperty().bind(text);
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(300);
        placeholder.setMouseTransparent(true);
        // In a very small chart the hint may reach over an axis, but it is never cut short.
        placeholder.setMinHeight(Region.USE_PREF_SIZE);
        placeholder.visibleProperty().bind(empty);
        NumberAxis x = (NumberAxis) chart.getXAxis();
        NumberAxis y = (NumberAxis) chart.getYAxis();
        x.tickLabelsVisibleProperty().bind(empty.not());
        if (y.isAutoRanging()) {
            y.tickLabelsVisibleProperty().bind(empty.not());
        }
        StackPane pane = new StackPane(chart, placeholder);
        StackPane.setAlignment(placeholder, Pos.CENTER);
        // Kept to the plot area: centred on the whole chart, the hint covered the axis titles of a small chart.
        StackPane.setMargin(placeholder, PLOT_AREA);
        pane.setMinSize(0, 0);
        return pane;
    }

    /** A series that follows {@code points}: appends stay appends, anything else replaces the data. */
    static XYChart.Series<Number, Number> series(String name, ObservableList<ChartPoint> points) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        series.getData().setAll(toData(points));
        points.addListener((ListChangeListener<ChartPoint>) c -> {
            boolean appendOnly = true;
            List<ChartPoint> added = new ArrayList<>();
            int size = series.getData().size();
            while (c.next()) {
                if (c.wasRemoved() || !c.wasAdded() || c.getFrom() != size + added.size()) {
                    appendOnly = false;
                    break;
                }
                added.addAll(c.getAddedSubList());
            }
            if (appendOnly) {
                series.getData().addAll(toData(added));
            } else {
                series.getData().setAll(toData(points));
            }
        });
        return series;
    }

    static List<XYChart.Data<Number, Number>> toData(List<ChartPoint> points) {
        List<XYChart.Data<Number, Number>> data = new ArrayList<>(points.size());
        for (ChartPoint p : points) {
            data.add(new XYChart.Data<>(p.x(), p.y()));
        }
        return data;
    }
}
