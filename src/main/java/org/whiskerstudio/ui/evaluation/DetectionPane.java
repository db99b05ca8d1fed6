package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.detection.ClassMetrics;
import org.whiskerstudio.detection.DetectionReport;
import org.whiskerstudio.detection.PrecisionRecallCurve;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.ThumbnailLoader;
import org.whiskerstudio.ui.detection.BoxNames;
import org.whiskerstudio.ui.detection.DetectionSet;
import org.whiskerstudio.ui.detection.DetectorRun;

/**
 * The Evaluate screen's tab for detector runs: the run and the score threshold on top with the mAP figures; the box
 * confusion matrix (with its background row and column) on the left; per-class AP, the precision-recall curves and
 * the galleries of misses and false positives on the right.
 */
final class DetectionPane {
    private final DetectionViewModel model;
    private final ThumbnailLoader<Path> thumbnails;
    private final MatrixView matrix = new MatrixView("evaluation-detector-matrix");
    private final LineChart<Number, Number> curves = CurvesPane.chart("evaluation-detector-pr", "Recall", "Precision");
    private final TabPane tabs = new TabPane();
    private final Tab missesTab = new Tab();
    private final Tab falsePositivesTab = new Tab();
    private final BorderPane root = new BorderPane();

    DetectionPane(DetectionViewModel model, TaskExecutor executor) {
        this.model = model;
        this.thumbnails = BoxGalleryCell.thumbnails(executor);
        root.setId("evaluation-detection");
        root.setTop(top());
        Tab perClass = new Tab("Per class", table());
        curves.setLegendVisible(true);
        curves.setTitle("Precision-recall at IoU 0.5, per class");
        Tab prTab = new Tab("Precision-recall", curves);
        missesTab.setContent(gallery("evaluation-detector-misses", model.misses(), "Ground truths no box of their "
                + "class found (solid), among the model's boxes at or above the threshold (dashed). Click to label."));
        falsePositivesTab.setContent(gallery("evaluation-detector-false-positives", model.falsePositives(), "The model's "
                + "boxes that found nothing of their class (dashed), surest first, among the drawn boxes (solid): a sure "
                + "one is often a box nobody drew. Click to label."));
        missesTab.textProperty().bind(Bindings.size(model.misses()).asString("Misses (%d)"));
        falsePositivesTab.textProperty().bind(Bindings.size(model.falsePositives()).asString("False positives (%d)"));
        tabs.getTabs().setAll(perClass, prTab, missesTab, falsePositivesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("evaluation-detector-tabs");
        SplitPane split = new SplitPane(matrixPanel(), tabs);
        split.setDividerPositions(0.42);
        root.setCenter(split);
        model.reportProperty().addListener((o, a, b) -> drawCurves(b));
        model.confusionProperty().addListener((o, a, b) -> drawMatrix());
        drawCurves(model.reportProperty().get());
        drawMatrix();
        matrix.setOnCell((t, p) -> model.confusionProperty().get().ifPresent(m -> {
            if (p == m.background()) {
                tabs.getSelectionModel().select(missesTab);
            } else if (t == m.background()) {
                tabs.getSelectionModel().select(falsePositivesTab);
            }
        }));
    }

    Node node() {
        return root;
    }

    TabPane tabs() {
        return tabs;
    }

    MatrixView matrix() {
        return matrix;
    }

    private Node top() {
        ComboBox<DetectorRun> run = new ComboBox<>(model.runs());
        run.setId("evaluation-detector-run");
        run.setPromptText("Detector run");
        run.setPrefWidth(260);
        run.valueProperty().bindBidirectional(model.runProperty());
        Slider threshold = new Slider(0.05, 0.95, model.scoreThresholdProperty().get());
        threshold.setId("evaluation-detector-threshold");
        threshold.setPrefWidth(160);
        threshold.setBlockIncrement(0.05);
        threshold.valueProperty().bindBidirectional(model.scoreThresholdProperty());
        threshold.setTooltip(new Tooltip("Boxes scored at least this count in the matrix and the galleries; mAP "
                + "and the curves take every score"));
        Label value = new Label();
        value.setMinWidth(36);
        value.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%.2f",
                model.scoreThresholdProperty().get()), model.scoreThresholdProperty()));
        Button evaluate = new Button("Evaluate", Icons.of(Material2MZ.PLAY_ARROW));
        evaluate.setId("evaluation-detector-evaluate");
        evaluate.setTooltip(new Tooltip("Find the run's boxes on the test part again (after new boxes or a new split)"));
        evaluate.disableProperty().bind(model.runningProperty().or(model.runProperty().isNull()));
        evaluate.setOnAction(e -> model.evaluate());
        Button cancel = new Button("Cancel", Icons.of(Material2MZ.STOP));
        cancel.setId("evaluation-detector-cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        FlowPane controls = new FlowPane(8, 6, new Label("Detector run"), run, evaluate, cancel,
                new Label("Boxes scored at least"), threshold, value);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("evaluation-detector-summary");
        summary.getStyleClass().add("evaluation-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label status = new Label();
        status.setId("evaluation-detector-status");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        VBox box = new VBox(6, controls, summary, status);
        box.setPadding(new Insets(8, 10, 6, 10));
        return box;
    }

    private Node matrixPanel() {
        Label title = new Label("Boxes: true class (rows) by class found (columns)");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        Label hint = new Label("At IoU 0.5 and the score threshold. The background column counts boxes missed, the "
                + "background row boxes found where nothing was drawn; click either to see them.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox box = new VBox(6, title, hint, matrix.node());
        VBox.setVgrow(matrix.node(), Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node table() {
        TableView<ClassApRow> table = new TableView<>(model.rows());
        table.setId("evaluation-detector-classes");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No evaluation to show."));
        table.getColumns().setAll(List.of(column("Class", ClassApRow::name, 120),
                column("Drawn", ClassApRow::truths, 60), column("Found", ClassApRow::detections, 60),
                column("AP@0.5", ClassApRow::ap50, 70), column("COCO AP50", ClassApRow::ap50Coco, 90),
                column("AP@[.5:.95]", ClassApRow::apCoco, 90)));
        Label note = new Label("AP@0.5: VOC's all-point AP; COCO's figures average 101 recall levels, AP@[.5:.95] "
                + "over IoU 0.50 to 0.95; - : no drawn boxes. AP ranks each box under every class it scores for, as "
                + "darknet's YOLO and Ultralytics validate: Found counts them all, however unsure. The matrix, the galleries "
                + "and the studio's predictions name each box's best class.");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        VBox box = new VBox(6, table, note);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private static <T> TableColumn<ClassApRow, T> column(String title, Function<ClassApRow, T> value, double width) {
        TableColumn<ClassApRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Node gallery(String id, ObservableList<BoxGalleryItem> items, String explained) {
        GridView<BoxGalleryItem> grid = new GridView<>(items);
        grid.setId(id);
        grid.setCellWidth(BoxGalleryCell.SIZE);
        grid.setCellHeight(BoxGalleryCell.SIZE + 18);
        grid.setHorizontalCellSpacing(4);
        grid.setVerticalCellSpacing(4);
        Supplier<List<String>> classes = () -> model.setProperty().get().map(DetectionSet::classes).orElse(List.of());
        grid.setCellFactory(g -> new BoxGalleryCell(thumbnails, classes, model::open));
        Label title = new Label(explained);
        title.getStyleClass().add("text-muted");
        title.setWrapText(true);
        // Wrapped, never squeezed to one cut line when the gallery below fills the tab.
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label none = new Label("None at this threshold.");
        none.visibleProperty().bind(Bindings.isEmpty(items));
        none.managedProperty().bind(none.visibleProperty());
        VBox box = new VBox(6, title, none, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private void drawMatrix() {
        List<String> classes = model.setProperty().get().map(DetectionSet::classes).orElse(List.of());
        matrix.showGrid(model.confusionProperty().get().map(m -> MatrixGrid.of(m, classes,
                (g, t, p) -> model.cellText(t, p))), Optional.empty());
    }

    private void drawCurves(Optional<DetectionReport> report) {
        curves.getData().clear();
        List<String> classes = model.setProperty().get().map(DetectionSet::classes).orElse(List.of());
        report.ifPresent(r -> {
            for (ClassMetrics m : r.classes()) {
                m.curve50().filter(c -> c.size() > 0).ifPresent(c -> curves.getData().add(series(
                        BoxNames.nameOf(classes, m.classIndex()) + " (AP " + ClassApRow.figure(m.ap50()) + ")", c)));
            }
        });
    }

    /** At most {@link CurvesPane#MAX_POINTS} points, starting at recall 0 with the first precision. */
    private static XYChart.Series<Number, Number> series(String name, PrecisionRecallCurve curve) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        double[] recall = curve.recall();
        double[] precision = curve.precision();
        int step = Math.max(1, recall.length / CurvesPane.MAX_POINTS);
        for (int i = 0; i < recall.length; i += step) {
            s.getData().add(new XYChart.Data<>(recall[i], precision[i]));
        }
        int last = recall.length - 1;
        s.getData().add(new XYChart.Data<>(recall[last], precision[last]));
        return s;
    }
}
