package org.whiskerstudio.ui.deploy;

import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.ui.common.ListSelection;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.ui.detection.BoxColours;
import org.whiskerstudio.ui.detection.BoxPainter;

/**
 * The Deploy screen's middle for a detector: Open files, Predict folder to CSV, the confidence and NMS IoU spinners
 * and the files tried on the left; on the right the chosen file's picture with the boxes drawn on it (dashed, class
 * and score) and the boxes listed.
 */
final class DetectionPreview {
    static final double PICTURE = 420;
    private final DetectorTryViewModel model;
    private final Canvas canvas = new Canvas(PICTURE, PICTURE);
    private final BoxPainter painter = new BoxPainter(12);
    private final ListView<String> boxes = new ListView<>();
    private final SplitPane root;

    /** @param predictFolder asks for a folder and a CSV and predicts it (one row per box), as the classifier's does */
    DetectionPreview(DetectorTryViewModel model, Runnable openFiles, Runnable predictFolder,
                     ObservableBooleanValue busy) {
        this.model = model;
        Button open = new Button("Open files...", Icons.of(Material2AL.FOLDER_OPEN));
        open.setId("deploy-detector-open");
        open.getStyleClass().add("accent");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.disableProperty().bind(model.activeProperty().not());
        open.setOnAction(e -> openFiles.run());
        Button folder = new Button("Predict folder to CSV...", Icons.of(Material2MZ.TABLE_CHART));
        folder.setId("deploy-detector-folder");
        folder.setTooltip(new Tooltip("Every image in a folder: one row per box (file, class, score, x, y, w, h in "
                + "the image's pixels)"));
        folder.disableProperty().bind(model.activeProperty().not().or(busy));
        folder.setOnAction(e -> predictFolder.run());
        Label info = new Label();
        info.setId("deploy-detector-info");
        info.getStyleClass().add("text-muted");
        info.setWrapText(true);
        info.textProperty().bind(model.infoProperty());
        ListView<BoxResult> list = new ListView<>(model.results());
        list.setId("deploy-detector-results");
        Label placeholder = new Label("Drop images here, or Open files..., to see the boxes the detector finds.");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> cell(BoxResult::summary));
        ListSelection.follow(list, model.selectedProperty(), this::show);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(10, info, new FlowPane(10, 6, open, folder), thresholds(), list);
        left.setPadding(new Insets(0, 8, 8, 16));
        boxes.setId("deploy-detector-boxes");
        boxes.setPlaceholder(new Label("No box found."));
        boxes.setPrefHeight(140);
        StackPane frame = new StackPane(canvas);
        frame.getStyleClass().add("deploy-preview");
        VBox right = new VBox(10, frame, boxes);
        VBox.setVgrow(boxes, Priority.ALWAYS);
        right.setPadding(new Insets(0, 16, 8, 8));
        root = new SplitPane(left, right);
        root.setId("deploy-detection");
        root.setDividerPositions(0.4);
    }

    Node node() {
        return root;
    }

    /** The confidence and NMS IoU spinners: moving one finds the files tried again with it. */
    private Node thresholds() {
        Spinner<Double> confidence = spinner("deploy-detector-confidence", 0, 1, model.thresholds().confidence(),
                model::setConfidence);
        confidence.setTooltip(new Tooltip("Boxes scoring under this (confidence x class probability) are dropped"));
        Spinner<Double> nms = spinner("deploy-detector-nms", 0.05, 1, model.thresholds().nmsIou(), model::setNmsIou);
        nms.setTooltip(new Tooltip("Of two boxes of one class overlapping by more than this IoU, the better is kept"));
        model.activeProperty().addListener((o, a, b) -> {
            confidence.getValueFactory().setValue(model.thresholds().confidence());
            nms.getValueFactory().setValue(model.thresholds().nmsIou());
        });
        FlowPane row = new FlowPane(8, 6, new Label("Confidence"), confidence, new Label("NMS IoU"), nms);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Spinner<Double> spinner(String id, double min, double max, double value, DoubleConsumer moved) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value,
                0.05));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                moved.accept(b);
            }
        });
        return spinner;
    }

    Canvas canvas() {
        return canvas;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private void show(BoxResult row) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, PICTURE, PICTURE);
        boxes.getItems().setAll(row == null ? List.of() : row.boxes().stream().map(row::line).toList());
        if (row == null) {
            return;
        }
        // Loaded at full size: the boxes are in the file's pixels, and a picture drawn smaller is scaled by the frame.
        Image image = new Image(row.file().toUri().toString(), false);
        if (image.isError()) {
            return;
        }
        BoxPainter.Frame frame = BoxPainter.Frame.fitted(image.getWidth(), image.getHeight(), PICTURE, PICTURE);
        g.drawImage(image, frame.x(), frame.y(), image.getWidth() * frame.scale(), image.getHeight() * frame.scale());
        // The best box last, on top.
        for (int i = row.boxes().size() - 1; i >= 0; i--) {
            Detection d = row.boxes().get(i);
            painter.box(g, frame, d.box(), BoxColours.of(d.classIndex()), true, row.caption(d));
        }
    }
}
