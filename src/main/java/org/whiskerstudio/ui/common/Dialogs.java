package org.whiskerstudio.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
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
        alert.show();
    }
}
