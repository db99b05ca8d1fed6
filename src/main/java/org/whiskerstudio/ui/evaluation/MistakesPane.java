package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.ThumbnailLoader;

/**
 * The "Possible label mistakes" tab: threshold, Find and Cancel with progress, and the gallery of labelled training
 * and validation examples the run contradicts, surest first. Keys in the gallery: Enter relabels the selected one as
 * the run's class, K keeps its label, arrows move the selection.
 */
final class MistakesPane {
    private final MistakesViewModel model;
    private final GridView<MistakeItem> grid;
    private final VBox root;

    MistakesPane(MistakesViewModel model, ThumbnailLoader<Path> thumbnails) {
        this.model = model;
        grid = new GridView<>(model.items());
        grid.setId("mistakes-gallery");
        grid.setCellWidth(MistakeCell.WIDTH);
        grid.setCellHeight(MistakeCell.HEIGHT);
        grid.setHorizontalCellSpacing(4);
        grid.setVerticalCellSpacing(4);
        grid.setFocusTraversable(true);
        grid.setCellFactory(g -> new MistakeCell(thumbnails, model, grid::requestFocus));
        grid.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case ENTER -> model.relabelSelected();
                case K -> model.keepSelected();
                case RIGHT, DOWN -> model.moveSelection(1);
                case LEFT, UP -> model.moveSelection(-1);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        // When a Find brings a list, the keys work at once.
        model.items().addListener((ListChangeListener<MistakeItem>) c -> {
            if (!model.items().isEmpty() && grid.getScene() != null && !grid.isFocused()) {
                grid.requestFocus();
            }
        });
        Label help = new Label("Labelled training and validation examples the run puts in another class, surest "
                + "first: often a wrong label. Relabel them, or Keep a label that is right (it stays off this list "
                + "until it changes). Keys: Enter relabels the selected one as the run's class, K keeps it.");
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        Label status = new Label();
        status.setId("mistakes-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        root = new VBox(6, toolbar(), help, status, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        root.setPadding(new Insets(8));
    }

    Node node() {
        return root;
    }

    private Node toolbar() {
        Spinner<Double> threshold = new Spinner<>();
        threshold.setId("mistakes-threshold");
        SpinnerValueFactory.DoubleSpinnerValueFactory values = new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5,
                1.0, model.thresholdProperty().get(), 0.01);
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
            }

            @Override
            public Double fromString(String text) {
                try {
                    return Double.parseDouble(text.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    return values.getValue(); // a typo keeps the value shown before
                }
            }
        });
        threshold.setValueFactory(values);
        threshold.setEditable(true);
        threshold.setPrefWidth(90);
        threshold.setTooltip(new Tooltip("List an example when the run gives another class at least this "
                + "probability"));
        values.valueProperty().addListener((o, a, b) -> model.thresholdProperty().set(b));
        model.thresholdProperty().addListener((o, a, b) -> values.setValue(b.doubleValue()));
        Button find = new Button("Find", Icons.of(Material2MZ.SEARCH));
        find.setId("mistakes-find");
        find.getStyleClass().add("accent");
        find.setTooltip(new Tooltip("Run the model over the labelled training and validation examples"));
        find.disableProperty().bind(model.runningProperty());
        find.setOnAction(e -> model.find());
        Button cancel = new Button("Cancel", Icons.of(Material2MZ.STOP));
        cancel.setId("mistakes-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("mistakes-progress");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        // Only while finding: hidden, it kept its room and cut Find and Cancel to "Fi..." (seen at 1366 px).
        bar.managedProperty().bind(model.runningProperty());
        Label sure = new Label("Run sure at least");
        for (Region r : List.of(sure, find, cancel)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Wraps onto a second row in a narrow pane instead of cutting the words.
        FlowPane box = new FlowPane(8, 6, sure, threshold, find, cancel, bar);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
