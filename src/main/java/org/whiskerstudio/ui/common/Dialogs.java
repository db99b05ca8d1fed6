package org.whiskerstudio.ui.common;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Modal messages in the studio's voice. */
public final class Dialogs {
    private Dialogs() {
    }

    public static void error(Window owner, String title, String message) {
        show(Alert.AlertType.ERROR, owner, title, message);
    }

    /** The outcome of long work ("Export finished"). */
    public static void info(Window owner, String title, String message) {
        show(Alert.AlertType.INFORMATION, owner, title, message);
    }

    /** A notifier that shows errors and news as dialogs over {@code owner}; files written cannot be opened. */
    public static Notifier notifier(Window owner) {
        return notifier(owner, FolderOpener.NONE);
    }

    /** A notifier that shows errors and news as dialogs over {@code owner}, a written file with "Open folder". */
    public static Notifier notifier(Window owner, FolderOpener folders) {
        Notifier plain = Notifier.of((title, message) -> error(owner, title, message),
                (title, message) -> info(owner, title, message));
        return new Notifier() {
            @Override
            public void error(String title, String message) {
                plain.error(title, message);
            }

            @Override
            public void info(String title, String message) {
                plain.info(title, message);
            }

            @Override
            public void fileWritten(String title, String message, Path file) {
                written(owner, title, message, file, folders);
            }
        };
    }

    /** "Exported ...", the full path (selectable, to copy) and an Open folder button that leaves the dialog open. */
    static Alert written(Window owner, String title, String message, Path file, FolderOpener folders) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        TextField path = new TextField(file.toAbsolutePath().toString());
        path.setEditable(false);
        path.setId("written-path");
        VBox content = new VBox(8, text, path);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinWidth(480);
        ButtonType open = new ButtonType("Open folder", ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().add(0, open);
        Button openButton = (Button) alert.getDialogPane().lookupButton(open);
        openButton.setId("open-folder");
        // Consumed so the dialog stays up: the user may still want to read or copy the path.
        openButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            folders.open(FolderOpener.folderOf(file));
        });
        closeAfterEnter(alert);
        alert.show();
        return alert;
    }

    private static void show(Alert.AlertType type, Window owner, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
        closeAfterEnter(alert);
        alert.show();
    }

    /**
     * Enter closes {@code dialog} just after the key event rather than inside it. JavaFX's GTK glass sends a key's
     * PRESSED and TYPED events from one native callback, and a window closed by the first was read after it was freed
     * by the second (JDK-8301219, fixed in JavaFX 22): the likely cause of a JVM crash seen once on Enter in the New
     * project dialog. Pressing the default button on the next turn of the event loop lets the callback finish first.
     */
    public static void closeAfterEnter(Dialog<?> dialog) {
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            dialog.getDialogPane().getButtonTypes().stream()
                    .map(dialog.getDialogPane()::lookupButton)
                    .filter(b -> b instanceof Button button && button.isDefaultButton() && !button.isDisabled())
                    .map(Button.class::cast)
                    .findFirst()
                    .ifPresent(button -> {
                        e.consume();
                        Platform.runLater(button::fire);
                    });
        });
    }
}
