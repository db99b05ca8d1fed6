package org.whiskerstudio.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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

    /** A notifier that shows errors and news as dialogs over {@code owner}. */
    public static Notifier notifier(Window owner) {
        return Notifier.of((title, message) -> error(owner, title, message),
                (title, message) -> info(owner, title, message));
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
