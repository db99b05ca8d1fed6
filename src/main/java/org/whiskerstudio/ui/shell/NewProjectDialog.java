package org.whiskerstudio.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.whiskerstudio.ui.common.Dialogs;

/** Asks for a project name and where to put it; refuses names that cannot be folders and existing folders. */
final class NewProjectDialog {
    /** The user's answer. */
    record Answer(Path folder, String name) {
    }

    private NewProjectDialog() {
    }

    static Optional<Answer> ask(Window owner, Path defaultLocation) {
        TextField name = new TextField("My project");
        name.setId("new-project-name");
        TextField location = new TextField(defaultLocation.toString());
        location.setId("new-project-location");
        location.setPrefColumnCount(32);
        Button browse = new Button("Browse...");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Where to create the project");
            File start = new File(location.getText());
            if (start.isDirectory()) {
                chooser.setInitialDirectory(start);
            }
            File dir = chooser.showDialog(owner);
            if (dir != null) {
                location.setText(dir.getAbsolutePath());
            }
        });
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        StringBinding check = Bindings.createStringBinding(() -> problemWith(name.getText(), location.getText()),
                name.textProperty(), location.textProperty());
        problem.textProperty().bind(check);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(10));
        Label nameLabel = new Label("Name");
        Label locationLabel = new Label("Create in");
        nameLabel.setMinWidth(Label.USE_PREF_SIZE);
        locationLabel.setMinWidth(Label.USE_PREF_SIZE);
        browse.setMinWidth(Button.USE_PREF_SIZE);
        form.addRow(0, nameLabel, name);
        form.addRow(1, locationLabel, location, browse);
        form.add(problem, 1, 2, 2, 1);
        GridPane.setHgrow(location, Priority.ALWAYS);

        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New project");
        dialog.setHeaderText("A project is a folder holding its examples (images, series or texts), labels and runs.");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(check.isNotEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new Answer(Path.of(location.getText().strip()).resolve(name.getText().strip()), name.getText().strip())
                : null);
        dialog.getDialogPane().setPrefWidth(680);
        Dialogs.closeAfterEnter(dialog);
        dialog.setOnShown(e -> Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        }));
        return dialog.showAndWait();
    }

    /** Empty when the answer is usable, else what is wrong. */
    static String problemWith(String name, String location) {
        String n = name.strip();
        if (n.isEmpty()) {
            return "Give the project a name.";
        }
        if (n.contains("/") || n.contains("\\") || n.equals(".") || n.equals("..")) {
            return "A name cannot contain / or \\ or be . or ..";
        }
        try {
            Path folder = Path.of(location.strip()).resolve(n);
            if (location.isBlank()) {
                return "Choose where to create it.";
            }
            if (Files.exists(folder)) {
                return folder + " already exists; choose another name.";
            }
        } catch (InvalidPathException e) {
            return "Not a valid folder: " + e.getMessage();
        }
        return "";
    }
}
