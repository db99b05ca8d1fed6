package org.whiskerstudio.ui.common;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A wait made visible: over the window or a screen, a card saying what is happening, with a bar (moving without
 * end while the amount of work is unknown) and Cancel where the work can be cancelled. It shows only when the wait
 * lasts longer than {@link #SHOW_AFTER}, so quick work does not flash it; while shown, the covered controls take no
 * clicks. Stack it over the node whose work it waits for.
 */
public final class ProgressOverlay {
    /** Waits shorter than this show no overlay (the status line's spinner is enough). */
    public static final Duration SHOW_AFTER = Duration.ofSeconds(1);

    private final StackPane root = new StackPane();
    private final UiDelay delay;
    private Optional<UiDelay.Pending> pending = Optional.empty();

    /**
     * @param waiting  true while the work goes on
     * @param message  what is happening ("Opening the Fashion sample...")
     * @param progress 0..1, or negative while unknown
     * @param cancel   what Cancel does; empty when the work cannot be cancelled (no button then)
     */
    public ProgressOverlay(UiDelay delay, ObservableBooleanValue waiting, ObservableStringValue message,
                           ObservableNumberValue progress, Optional<Runnable> cancel) {
        this.delay = delay;
        Label text = new Label();
        text.setId("wait-message");
        text.textProperty().bind(message);
        text.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setId("wait-progress");
        bar.progressProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() ->
                progress.doubleValue() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : progress.doubleValue(), progress));
        bar.setMaxWidth(Double.MAX_VALUE);
        VBox card = new VBox(12, text, bar);
        cancel.ifPresent(action -> {
            Button button = new Button("Cancel", Icons.of(Material2AL.CANCEL));
            button.setId("wait-cancel");
            button.setOnAction(e -> action.run());
            card.getChildren().add(button);
        });
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("wait-card");
        card.setMaxSize(420, javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setPrefWidth(420);
        // The covered screen stays in sight, dimmed, behind an opaque card: a translucent layer of its own.
        javafx.scene.layout.Region scrim = new javafx.scene.layout.Region();
        scrim.getStyleClass().add("wait-scrim");
        root.getChildren().addAll(scrim, card);
        root.getStyleClass().add("wait-overlay");
        root.setVisible(false);
        waiting.addListener((o, was, now) -> waitingChanged(now));
        waitingChanged(waiting.get());
    }

    /** The overlay, to put on top of the covered node in a stack pane. */
    public Node node() {
        return root;
    }

    /** Whether the overlay is up (the wait has lasted past {@link #SHOW_AFTER}). */
    public boolean isShowing() {
        return root.isVisible();
    }

    private void waitingChanged(boolean waiting) {
        pending.ifPresent(UiDelay.Pending::cancel);
        pending = Optional.empty();
        if (waiting) {
            pending = Optional.of(delay.after(SHOW_AFTER, () -> {
                pending = Optional.empty();
                root.setVisible(true);
            }));
        } else {
            root.setVisible(false);
        }
    }
}
