package org.whiskerstudio.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;
import org.whiskerstudio.ui.architecture.ArchitectureView;
import org.whiskerstudio.ui.deploy.DeployView;
import org.whiskerstudio.ui.evaluation.EvaluationView;
import org.whiskerstudio.ui.labelling.LabelView;
import org.whiskerstudio.ui.training.TrainingView;

/** Help > Keyboard shortcuts (F1): the window's keys, then each screen's own. */
final class ShortcutsDialog {
    /** The dialog's header, button row and frame around the list, about. */
    private static final double CHROME = 190;
    /** A line of the monospaced list, about (13 px type). */
    private static final double LINE = 18;

    private ShortcutsDialog() {
    }

    /** The owner window's height, or the screen's when it has none; the dialog fits within it. */
    private static double usableHeight(Window owner) {
        double screen = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight();
        return owner == null || owner.getHeight() <= 0 ? screen : Math.min(owner.getHeight(), screen);
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
                TrainingView.KEYS,
                "",
                "On the Evaluate screen:",
                EvaluationView.KEYS,
                "",
                "On the Deploy screen:",
                DeployView.KEYS);
        Label label = new Label(text);
        label.setStyle("-fx-font-family: monospace;");
        label.setPadding(new Insets(4, 12, 4, 4));
        // Scrolls inside a dialog no taller than the window: the list is longer than a 768 px screen.
        ScrollPane scroll = new ScrollPane(label);
        scroll.setId("shortcuts-list");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setPrefViewportWidth(760);
        long lines = text.lines().count();
        scroll.setPrefViewportHeight(Math.max(200, Math.min(lines * LINE + 8, usableHeight(owner) - CHROME)));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.setGraphic(null);
        alert.setResizable(true);
        alert.getDialogPane().setContent(scroll);
        alert.show();
    }
}
