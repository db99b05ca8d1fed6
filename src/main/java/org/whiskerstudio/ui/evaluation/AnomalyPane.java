package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.ThumbnailLoader;
import org.whiskerstudio.training.AnomalyScore;

/**
 * The Evaluate screen for an autoencoder run: the threshold (typed, dragged on the histogram, reset), what it flags
 * and how well, ROC and precision-recall when some anomalies are labelled, and the most anomalous examples first.
 */
final class AnomalyPane {
    private final AnomalyViewModel model;
    private final StackPane root = new StackPane();
    private final ScoreHistogramView histogram;
    private final TextField value = new TextField();

    AnomalyPane(AnomalyViewModel model, ThumbnailLoader<Path> thumbnails) {
        this.model = model;
        this.histogram = new ScoreHistogramView(model.histogramProperty(), model.thresholdProperty());
        SplitPane split = new SplitPane(scores(), gallery(thumbnails));
        split.setDividerPositions(0.52);
        Label empty = new Label("No anomaly scores yet: press Evaluate to score the test part with this autoencoder.");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMaxWidth(520);
        Runnable show = () -> root.getChildren().setAll(model.evaluationProperty().get().isPresent() ? split : empty);
        model.evaluationProperty().addListener((o, a, b) -> show.run());
        show.run();
        root.setId("anomaly-pane");
    }

    Node node() {
        return root;
    }

    ScoreHistogramView histogram() {
        return histogram;
    }

    /** What the numbers are, so a reader can judge a threshold. */
    static final String SCORE_SENTENCE = "Score: " + AnomalyScore.CODE_DISTANCE.label() + " (the mean distance of an "
            + "example's code, the autoencoder's bottleneck, to theirs). The less like them, the higher.";

    private Node scores() {
        Label title = new Label("Anomaly scores of the test part");
        title.getStyleClass().add("title-4");
        VBox box = new VBox(6, title, text("anomaly-score-meaning", new SimpleStringProperty(SCORE_SENTENCE)),
                thresholdRow(), source(), histogram.node(), text("anomaly-counts",
                model.countsProperty()), text("anomaly-at-threshold", model.atThresholdProperty()), curves());
        box.setPadding(new Insets(8));
        return box;
    }

    private Node thresholdRow() {
        value.setId("anomaly-threshold");
        value.setPrefColumnCount(8);
        value.setTooltip(new Tooltip("A score above this calls an example an anomaly; Enter keeps it"));
        value.setOnAction(e -> typed());
        value.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                typed();
            }
        });
        model.thresholdProperty().addListener((o, a, b) -> value.setText(ScoreHistogramView.number(b.doubleValue())));
        value.setText(ScoreHistogramView.number(model.thresholdProperty().get()));
        Button reset = new Button("Reset to default", Icons.of(Material2MZ.RESTORE));
        reset.setId("anomaly-reset");
        reset.setTooltip(new Tooltip("Back to the normal validation examples' 99th percentile"));
        reset.disableProperty().bind(model.movedProperty().not());
        reset.setOnAction(e -> model.resetThreshold());
        Label hint = new Label("Drag on the histogram or type a score");
        hint.getStyleClass().add("text-muted");
        FlowPane row = new FlowPane(8, 6, new Label("Threshold"), value, reset, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node source() {
        Label source = new Label();
        source.setId("anomaly-threshold-source");
        source.getStyleClass().add("text-muted");
        source.setWrapText(true);
        source.setMinHeight(Region.USE_PREF_SIZE);
        source.textProperty().bind(Bindings.createStringBinding(() -> "Threshold: "
                + model.thresholdSourceProperty().get() + (model.movedProperty().get()
                ? "; kept with the run, so predict, serve and the bundle use it" : ""),
                model.thresholdSourceProperty(), model.movedProperty()));
        return source;
    }

    /** A typed threshold: a number at least 0 moves it; anything else puts the current one back. */
    private void typed() {
        try {
            double typed = Double.parseDouble(value.getText().strip().replace(',', '.'));
            if (typed >= 0 && !Double.isInfinite(typed)) {
                model.thresholdProperty().set(typed);
                return;
            }
        } catch (NumberFormatException e) {
            // not a number: the field shows the threshold again below
        }
        value.setText(ScoreHistogramView.number(model.thresholdProperty().get()));
    }

    private static Label text(String id, javafx.beans.value.ObservableValue<String> shown) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        // Without this a squeezed column cuts the sentence short instead of wrapping it.
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(shown);
        return label;
    }

    private Node curves() {
        LineChart<Number, Number> roc = CurvesPane.chart("anomaly-roc", "False positive rate", "True positive rate");
        LineChart<Number, Number> pr = CurvesPane.chart("anomaly-pr", "Recall", "Precision");
        roc.setMinSize(160, 160);
        pr.setMinSize(160, 160);
        HBox charts = new HBox(8, roc, pr);
        charts.setId("anomaly-curves");
        HBox.setHgrow(roc, Priority.ALWAYS);
        HBox.setHgrow(pr, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        charts.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.curvesProperty().get().isPresent(),
                model.curvesProperty()));
        charts.managedProperty().bind(charts.visibleProperty());
        model.curvesProperty().addListener((o, a, b) -> CurvesPane.plot(roc, pr, b, "AUROC"));
        CurvesPane.plot(roc, pr, model.curvesProperty().get(), "AUROC");
        return charts;
    }

    private Node gallery(ThumbnailLoader<Path> thumbnails) {
        Label title = new Label("Most anomalous first (framed: above the threshold). Click one to open it in Label.");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.getStyleClass().add("text-muted");
        GridView<AnomalyItem> grid = new GridView<>(model.gallery());
        grid.setId("anomaly-gallery");
        grid.setCellWidth(GalleryCell.WIDTH);
        grid.setCellHeight(GalleryCell.THUMBNAIL_SIZE + 24);
        grid.setHorizontalCellSpacing(4);
        grid.setVerticalCellSpacing(4);
        grid.setCellFactory(g -> new AnomalyCell(thumbnails, model::open));
        VBox box = new VBox(6, title, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }
}
