package org.whiskerstudio.ui.deploy;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.whiskerstudio.ui.common.ListSelection;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.ui.detection.BoxColours;
import org.whiskerstudio.ui.detection.BoxPainter;

/**
 * The Deploy screen's middle for a detector: Open files and the files tried on the left; on the right the chosen
 * file's picture with the boxes drawn on it (dashed, class and score) and the boxes listed.
 */
final class DetectionPreview {
    static final double PICTURE = 420;
    private final DetectorTryViewModel model;
    private final Canvas canvas = new Canvas(PICTURE, PICTURE);
    private final BoxPainter painter = new BoxPainter(12);
    private final ListView<String> boxes = new ListView<>();
    private final SplitPane root;

    DetectionPreview(DetectorTryViewModel model, Runnable openFiles) {
        this.model = model;
        Button open = new Button("Open files...", Icons.of(Material2AL.FOLDER_OPEN));
        open.setId("deploy-detector-open");
        open.getStyleClass().add("accent");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.disableProperty().bind(model.readyProperty().not());
        open.setOnAction(e -> openFiles.run());
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
        VBox left = new VBox(10, info, open, list);
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
