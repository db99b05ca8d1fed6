package org.whiskerstudio.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;

/**
 * Runs an action on the UI thread after a delay, and lets it be called off: how the progress overlay waits a
 * second before it shows. Tests pass one that runs when told, so no test waits for a real second.
 */
@FunctionalInterface
public interface UiDelay {
    /** Something scheduled; {@link #cancel()} before it ran means it never runs. */
    @FunctionalInterface
    interface Pending {
        void cancel();
    }

    /** Called on the UI thread; {@code action} runs on it after {@code delay}. */
    Pending after(Duration delay, Runnable action);

    /** The toolkit's own timer (a pause transition). */
    static UiDelay fx() {
        return (delay, action) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
            return pause::stop;
        };
    }
}
