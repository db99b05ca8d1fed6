package org.whiskerstudio.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.whiskerstudio.labelling.formats.AnnotationFormat;
import org.whiskerstudio.labelling.formats.Formats;
import org.whiskerstudio.labelling.formats.SplitSpec;

/** The export and import dialogs: a format, a place, and for exports an optional split. */
public final class ExchangeDialogs {
    private ExchangeDialogs() {
    }

    /** Asks what and where to export, then starts it. */
    public static void export(Window owner, ExchangeViewModel model) {
        ComboBox<AnnotationFormat> format = formatChoice(Formats.all());
        TextField out = new TextField();
        out.setPromptText("a new or empty folder");
        out.setPrefColumnCount(30);
        Button browse = new Button("Browse...");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export into (a new or empty folder)");
            File dir = chooser.showDialog(owner);
            if (dir != null) {
                out.setText(dir.getAbsolutePath());
            }
        });
        TextField split = new TextField();
        split.setPromptText("none, or e.g. 80/10/10");
        TextField seed = new TextField(String.valueOf(SplitSpec.DEFAULT_SEED));
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);

        GridPane form = form();
        form.addRow(0, new Label("Format"), format);
        form.addRow(1, new Label("Folder"), out, browse);
        form.addRow(2, new Label("Split train/val/test"), split);
        form.addRow(3, new Label("Split seed"), seed);
        form.add(problem, 1, 4, 2, 1);
        Dialog<ButtonType> dialog = dialog(owner, "Export dataset",
                "Images and labels are written in the chosen format; splits are stratified by class.", form);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                if (out.getText().isBlank()) {
                    throw new IllegalArgumentException("Choose a folder to export into.");
                }
                Optional<SplitSpec> spec = split.getText().isBlank() ? Optional.empty()
                        : Optional.of(SplitSpec.parse(split.getText(), Long.parseLong(seed.getText().strip())));
                if (!model.export(format.getValue(), Path.of(out.getText().strip()), spec)) {
                    throw new IllegalArgumentException("Another export or import is still running.");
                }
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
                e.consume();
            }
        });
        dialog.show();
    }

    /** Asks for a format and its annotation file or folder, then starts the import. */
    public static void importLabels(Window owner, ExchangeViewModel model) {
        ComboBox<AnnotationFormat> format = formatChoice(Formats.readable());
        TextField source = new TextField();
        source.setPrefColumnCount(30);
        Button file = new Button("File...");
        file.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Annotation file (COCO .json, CSV)");
            File f = chooser.showOpenDialog(owner);
            if (f != null) {
                source.setText(f.getAbsolutePath());
            }
        });
        Button folder = new Button("Folder...");
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Dataset folder (VOC, YOLO, labelme, folder-per-class)");
            File d = chooser.showDialog(owner);
            if (d != null) {
                source.setText(d.getAbsolutePath());
            }
        });
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        GridPane form = form();
        form.addRow(0, new Label("Format"), format);
        form.addRow(1, new Label("Dataset"), source, file, folder);
        form.add(problem, 1, 2, 3, 1);
        Dialog<ButtonType> dialog = dialog(owner, "Import labelled dataset",
                "The whole dataset is checked first: a malformed file is refused and nothing is imported.", form);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (source.getText().isBlank()) {
                problem.setText("Choose the annotation file or dataset folder.");
                e.consume();
            } else if (!model.importLabels(format.getValue(), Path.of(source.getText().strip()))) {
                problem.setText("Another export or import is still running.");
                e.consume();
            }
        });
        dialog.show();
    }

    private static ComboBox<AnnotationFormat> formatChoice(List<AnnotationFormat> formats) {
        ComboBox<AnnotationFormat> format = new ComboBox<>();
        format.getItems().setAll(formats);
        format.getSelectionModel().select(0);
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(AnnotationFormat f) {
                return f == null ? "" : f.description();
            }

            @Override
            public AnnotationFormat fromString(String s) {
                return null;
            }
        });
        return format;
    }

    private static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(10));
        return form;
    }

    private static Dialog<ButtonType> dialog(Window owner, String title, String header, GridPane form) {
        form.getChildren().stream().filter(n -> n instanceof TextField).forEach(n -> GridPane.setHgrow(n, Priority.ALWAYS));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setPrefWidth(720);
        return dialog;
    }
}
