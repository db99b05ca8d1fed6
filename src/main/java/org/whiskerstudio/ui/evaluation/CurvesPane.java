package org.whiskerstudio.ui.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.whiskerstudio.evaluation.BinaryCurves;
import org.whiskerstudio.evaluation.RankCurves;
import org.whiskerstudio.evaluation.Evaluation;

/** A binary task's ROC and precision-recall curves, the positive class, and the threshold slider. */
final class CurvesPane {
    /** At most this many points per curve: enough to look smooth, few enough for a chart. */
    static final int MAX_POINTS = 400;
    private final EvaluationResults results;
    private final LineChart<Number, Number> roc = chart("evaluation-roc", "False positive rate", "True positive rate");
    private final LineChart<Number, Number> pr = chart("evaluation-pr", "Recall", "Precision");
    private final ChoiceBox<String> positive = new ChoiceBox<>();
    private final VBox root;

    CurvesPane(EvaluationResults results) {
        this.results = results;
        Slider threshold = new Slider(0, 1, 0.5);
        threshold.setId("evaluation-threshold");
        threshold.setShowTickMarks(true);
        threshold.setMajorTickUnit(0.1);
        threshold.setBlockIncrement(0.01);
        threshold.valueProperty().bindBidirectional(results.thresholdProperty());
        HBox.setHgrow(threshold, Priority.ALWAYS);
        Label value = new Label();
        value.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%.2f",
                results.thresholdProperty().get()), results.thresholdProperty()));
        value.setMinWidth(40);
        positive.setId("evaluation-positive");
        positive.setMinWidth(110);
        positive.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                results.positiveProperty().set(b.intValue());
            }
        });
        HBox controls = new HBox(8, new Label("Positive class"), positive, new Label("Threshold"), threshold, value);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("The positive class is predicted when its probability is at least the threshold; "
                + "the matrix and metrics follow the slider.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        Label at = new Label();
        at.setId("evaluation-threshold-metrics");
        at.textProperty().bind(Bindings.createStringBinding(() -> atThreshold(), results.matrixProperty(),
                results.positiveProperty()));
        HBox charts = new HBox(8, roc, pr);
        HBox.setHgrow(roc, Priority.ALWAYS);
        HBox.setHgrow(pr, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        root = new VBox(8, controls, hint, at, charts);
        root.setPadding(new Insets(8));
        results.curvesProperty().addListener((o, a, b) -> draw(b));
        results.evaluationProperty().addListener((o, a, b) -> classes(b));
        draw(results.curvesProperty().get());
    }

    Node node() {
        return root;
    }

    /** Precision, recall and false positive rate of the positive class at the threshold. */
    private String atThreshold() {
        return results.matrixProperty().get().filter(m -> m.size() == 2).map(m -> {
            int p = results.positiveProperty().get();
            int n = 1 - p;
            int negatives = m.count(n, n) + m.count(n, p);
            double fpr = negatives == 0 ? 0 : (double) m.count(n, p) / negatives;
            return String.format(Locale.ROOT, "At this threshold, %s: precision %.3f, recall %.3f, false positive "
                    + "rate %.3f", m.classes().get(p), m.metrics(p).precision(), m.metrics(p).recall(), fpr);
        }).orElse("");
    }

    private void classes(Optional<Evaluation> e) {
        List<String> names = e.filter(Evaluation::isBinary).map(Evaluation::classes).orElse(List.of());
        if (!positive.getItems().equals(names)) {
            positive.getItems().setAll(names);
            if (!names.isEmpty()) {
                positive.getSelectionModel().select(results.positiveProperty().get());
            }
        }
    }

    private void draw(Optional<BinaryCurves> curves) {
        plot(roc, pr, curves.map(BinaryCurves::rankCurves), "AUC");
    }

    /** Draws {@code curves} (or clears the charts), the areas in their titles; {@code auc} names ROC's area. */
    static void plot(LineChart<Number, Number> roc, LineChart<Number, Number> pr, Optional<RankCurves> curves,
                     String auc) {
        roc.getData().clear();
        pr.getData().clear();
        curves.ifPresent(c -> {
            roc.setTitle(String.format(Locale.ROOT, "ROC (%s %.3f)", auc, c.auc()));
            pr.setTitle(String.format(Locale.ROOT, "Precision-recall (AP %.3f)", c.averagePrecision()));
            roc.getData().add(series("ROC", c.roc()));
            pr.getData().add(series("Precision-recall", c.precisionRecall()));
        });
    }

    private static XYChart.Series<Number, Number> series(String name, List<RankCurves.Point> points) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        int step = Math.max(1, points.size() / MAX_POINTS);
        for (int i = 0; i < points.size(); i += step) {
            s.getData().add(new XYChart.Data<>(points.get(i).x(), points.get(i).y()));
        }
        RankCurves.Point last = points.get(points.size() - 1);
        s.getData().add(new XYChart.Data<>(last.x(), last.y()));
        return s;
    }

    /** A chart in the style of this pane: both axes 0 to 1, lines without symbols, no animation. */
    static LineChart<Number, Number> chart(String id, String x, String y) {
        NumberAxis xAxis = new NumberAxis(x, 0, 1, 0.2);
        NumberAxis yAxis = new NumberAxis(y, 0, 1, 0.2);
        LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
        chart.setId(id);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinSize(200, 200);
        return chart;
    }
}
