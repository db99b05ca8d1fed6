package org.whiskerstudio.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.whiskerstudio.ui.architecture.ArchitectureView;
import org.whiskerstudio.ui.labelling.LabelView;
import org.whiskerstudio.ui.training.TrainingView;

/** Help > Keyboard shortcuts (F1): the window's keys, then each screen's own. */
final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    static void show(Window owner) {
        String text = String.join("\n",
                "Ctrl+N          New project",
                "Ctrl+O          Open project",
                "Ctrl+W          Close project",
                "Ctrl+I          Import images",
                "Ctrl+Shift+I    Import folder",
                "Ctrl+F          Search file names",
                "Ctrl+1 ... 6    Data, Label, Architecture, Train, Evaluate, Deploy",
                "Ctrl+Shift+L    Import a labelled dataset (COCO, VOC, YOLO, CSV, labelme, folders)",
                "Ctrl+E          Export the dataset",
                "Ctrl+Q          Quit",
                "F1              This list",
                "Esc             Close the tour of the pipeline (Help > Take the tour shows it again)",
                "",
                "Drop files or folders on the window to import them; drop a project folder to open it.",
                "",
                "On the Label screen:",
                LabelView.KEYS,
                "",
                "On the Architecture screen:",
                ArchitectureView.KEYS,
                "",
                "On the Train screen:",
                TrainingView.KEYS);
        Label label = new Label(text);
        label.setStyle("-fx-font-family: monospace;");
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(label);
        alert.show();
    }
}
