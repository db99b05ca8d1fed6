package org.whiskerstudio.ui.library;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.whiskerstudio.project.imports.SequenceImport;
import org.whiskerstudio.project.imports.SeriesOptions;
import org.whiskerstudio.project.sequences.Series;

/** The options of a series or text import: what the files are, which columns, and how windows are cut. */
final class SequenceImportDialog {
    private final SequenceImportViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    SequenceImportDialog(Window owner, SequenceImportViewModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle("Import series or text");
        int n = model.request().sources().size();
        dialog.setHeaderText("Import " + (n == 1 ? model.request().sources().get(0).getFileName() : n + " files")
                + (model.request().folderPerClass() ? " (sub-folder names become classes)" : ""));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ((Button) ok).setText("Import");
        ok.disableProperty().bind(model.problemProperty().isNotEmpty());
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefWidth(640);
        dialog.getDialogPane().setId("sequence-import-dialog");
        dialog.setResizable(true);
    }

    /** Shows the dialog and returns the chosen import, or empty when cancelled. */
    Optional<SequenceImport> ask() {
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).flatMap(b -> model.plan());
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    private Node content() {
        ToggleGroup modes = new ToggleGroup();
        VBox modeBox = new VBox(4);
        for (SequenceImportViewModel.Mode m : SequenceImportViewModel.Mode.values()) {
            RadioButton b = new RadioButton(m.toString());
            b.setId("mode-" + m.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(modes);
            b.setSelected(model.modeProperty().get() == m);
            b.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    model.modeProperty().set(m);
                }
            });
            modeBox.getChildren().add(b);
        }
        Label columnsNote = new Label(model.hasColumns() ? "Columns from the first file: " + String.join(", ", model.columns())
                : "No table among these files: each .txt file is one text.");
        columnsNote.setWrapText(true);
        columnsNote.getStyleClass().add("text-muted");

        Node series = seriesOptions();
        Node windows = windowOptions();
        Node text = textOptions();
        series.visibleProperty().bind(model.modeProperty().isNotEqualTo(SequenceImportViewModel.Mode.TEXT)
                .and(Bindings.createBooleanBinding(model::hasColumns)));
        windows.visibleProperty().bind(model.modeProperty().isEqualTo(SequenceImportViewModel.Mode.SERIES_WINDOWED));
        text.visibleProperty().bind(model.modeProperty().isEqualTo(SequenceImportViewModel.Mode.TEXT)
                .and(Bindings.createBooleanBinding(model::hasColumns)));
        for (Node node : List.of(series, windows, text)) {
            node.managedProperty().bind(node.visibleProperty());
        }
        Label problem = new Label();
        problem.setId("sequence-import-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add("warning");
        VBox box = new VBox(12, modeBox, columnsNote, series, windows, text, problem);
        box.setPadding(new Insets(4));
        return box;
    }

    private Node seriesOptions() {
        FlowPane boxes = new FlowPane(12, 6);
        for (String column : model.columns()) {
            CheckBox c = new CheckBox(column);
            c.setId("feature-" + column);
            c.setSelected(model.features().contains(column));
            c.selectedProperty().addListener((o, was, now) -> model.setFeature(column, now));
            model.features().addListener((ListChangeListener<String>) ch ->
                    c.setSelected(model.features().contains(column)));
            boxes.getChildren().add(c);
        }
        return new VBox(4, new Label("Features (numeric columns; each becomes one line of the series)"), boxes);
    }

    private Node windowOptions() {
        ObservableList<String> withNone = FXCollections.observableArrayList(SequenceImportViewModel.NONE);
        withNone.addAll(model.columns());
        ChoiceBox<String> label = new ChoiceBox<>(FXCollections.observableArrayList(withNone));
        label.setId("window-label");
        label.valueProperty().bindBidirectional(model.labelColumnProperty());
        ChoiceBox<String> group = new ChoiceBox<>(withNone);
        group.setId("window-group");
        group.valueProperty().bindBidirectional(model.groupColumnProperty());
        Spinner<Integer> window = new Spinner<>(1, Series.MAX_STEPS, model.windowProperty().get());
        window.setEditable(true);
        window.setId("window-length");
        window.valueProperty().addListener((o, a, b) -> model.windowProperty().set(b));
        Spinner<Integer> stride = new Spinner<>(1, SeriesOptions.Windows.MAX_STRIDE, model.strideProperty().get());
        stride.setEditable(true);
        stride.setId("window-stride");
        stride.valueProperty().addListener((o, a, b) -> model.strideProperty().set(b));
        ChoiceBox<SeriesOptions.LabelPolicy> policy = new ChoiceBox<>(
                FXCollections.observableArrayList(SeriesOptions.LabelPolicy.values()));
        policy.setConverter(new StringConverter<>() {
            @Override
            public String toString(SeriesOptions.LabelPolicy p) {
                return p == SeriesOptions.LabelPolicy.LAST ? "the last row's label" : "the label most rows carry";
            }

            @Override
            public SeriesOptions.LabelPolicy fromString(String s) {
                return SeriesOptions.LabelPolicy.MAJORITY;
            }
        });
        policy.valueProperty().bindBidirectional(model.policyProperty());
        GridPane grid = form();
        grid.addRow(0, new Label("Label column"), label);
        grid.addRow(1, new Label("Window (rows)"), window);
        grid.addRow(2, new Label("Stride (rows between starts)"), stride);
        grid.addRow(3, new Label("Group column (no window spans two)"), group);
        grid.addRow(4, new Label("A window is labelled with"), policy);
        return grid;
    }

    private Node textOptions() {
        ObservableList<String> withNone = FXCollections.observableArrayList(SequenceImportViewModel.NONE);
        withNone.addAll(model.columns());
        ChoiceBox<String> label = new ChoiceBox<>(withNone);
        label.setId("text-label");
        label.valueProperty().bindBidirectional(model.textLabelColumnProperty());
        ChoiceBox<String> text = new ChoiceBox<>(FXCollections.observableArrayList(model.columns()));
        text.setId("text-column");
        text.valueProperty().bindBidirectional(model.textColumnProperty());
        GridPane grid = form();
        grid.addRow(0, new Label("Label column"), label);
        grid.addRow(1, new Label("Text column (one text per row)"), text);
        return grid;
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        return grid;
    }
}
