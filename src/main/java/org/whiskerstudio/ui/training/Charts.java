package org.whiskerstudio.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** Line charts for live metrics: no animation, no symbols, series fed from view-model point lists. */
final class Charts {
    private Charts() {
    }

    static LineChart<Number, Number> lineChart(String id, String title, String xLabel, String yLabel) {
        NumberAxis x = new NumberAxis();
        x.setLabel(xLabel);
        x.setForceZeroInRange(false);
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
