package org.whiskerstudio.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Shows what {@link CrashHandler} has to say in a dialog once the toolkit runs, else on the console. */
final class CrashDialog {
    private static final AtomicBoolean TOOLKIT_UP = new AtomicBoolean();
    private static volatile Optional<Path> logFile = Optional.empty();

    private CrashDialog() {
    }

    /** Makes the crash handler the default for every thread, the FX thread included. */
    static void install(Optional<Path> log) {
        logFile = log;
        CrashHandler[] handler = new CrashHandler[1];
        handler[0] = new CrashHandler(log, message -> show(message, handler[0]::dismissed));
        Thread.setDefaultUncaughtExceptionHandler(handler[0]);
    }

    /** Called from the application's start: from now on errors can be shown in a dialog. */
    static void toolkitStarted() {
        TOOLKIT_UP.set(true);
    }

    static void toolkitStopped() {
        TOOLKIT_UP.set(false);
    }

    static void show(String message, Runnable dismissed) {
        if (!TOOLKIT_UP.get()) {
            System.err.println(message);
            dismissed.run();
            return;
        }
        Runnable dialog = () -> {
            try {
                Alert alert = alert(message);
                alert.setOnHidden(e -> dismissed.run());
                alert.show();
            } catch (RuntimeException e) {
                System.err.println(message);
                dismissed.run();
            }
        };
        if (Platform.isFxApplicationThread()) {
            dialog.run();
        } else {
            Platform.runLater(dialog);
        }
    }

    /** A dialog that waits: for an error during start-up, before the studio quits. */
    static void showAndWait(String message) {
        alert(message).showAndWait();
    }

    private static Alert alert(String message) {
        ButtonType copy = new ButtonType("Copy log path");
        Alert alert = new Alert(Alert.AlertType.ERROR, "", copy, ButtonType.CLOSE);
        alert.setTitle("Whisker Studio: unexpected error");
        alert.setHeaderText("Something went wrong");
        TextArea text = new TextArea(message);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(9);
        text.setPrefColumnCount(56);
        text.setId("crash-message");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefSize(660, 380);
        alert.setResizable(true);
        alert.resultProperty().addListener((obs, old, now) -> {
            if (now == copy) {
                ClipboardContent content = new ClipboardContent();
                content.putString(logFile.map(Path::toString).orElse(message));
                Clipboard.getSystemClipboard().setContent(content);
            }
        });
        return alert;
    }
}
