package org.whiskerstudio.ui.rl;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import org.whiskerstudio.rl.EnvironmentView;

/**
 * Recorded episodes played back on an {@link EnvironmentCanvas}, paced by {@link FramePacer}: the Train screen's
 * greedy episodes while an agent learns, and the Evaluate screen's replay. It draws on the FX thread's pulses only
 * while an episode is playing or waiting, so an idle player costs nothing. FX thread only.
 *
 * @param <T> an episode: its frames come from the function given
 */
public final class EpisodePlayer<T> {
    private final EnvironmentCanvas canvas = new EnvironmentCanvas();
    private final Function<T, List<EnvironmentView>> framesOf;
    private final FramePacer<T> pacer;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private Consumer<T> onStarted = t -> { };
    private T started;
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pacer.frameAt(now).ifPresent(canvas::show);
            pacer.playing().filter(t -> t != started).ifPresent(t -> {
                started = t;
                onStarted.accept(t);
            });
            if (pacer.idle(now)) {
                halt();
            }
        }
    };

    public EpisodePlayer(String id, Function<T, List<EnvironmentView>> framesOf) {
        this.framesOf = framesOf;
        this.pacer = new FramePacer<>(framesOf);
        canvas.setId(id);
    }

    /** A player of plain frame lists. */
    public static EpisodePlayer<List<EnvironmentView>> ofFrames(String id) {
        return new EpisodePlayer<>(id, frames -> frames);
    }

    /** Told of each episode as it begins to play (a title to show with it). */
    public void setOnStarted(Consumer<T> action) {
        onStarted = action;
    }

    /** Plays {@code episode} from its first frame now, dropping what was playing or waiting; no frames, no play. */
    public void play(T episode) {
        if (!framesOf.apply(episode).isEmpty()) {
            pacer.play(episode);
            go();
        }
    }

    /** Plays {@code episode} once the one playing has been seen to its end; only the newest offered waits. */
    public void offer(T episode) {
        if (!framesOf.apply(episode).isEmpty()) {
            pacer.offer(episode);
            go();
        }
    }

    /** Stops playing; the canvas keeps the frame it shows. */
    public void stop() {
        pacer.clear();
        halt();
    }

    /** The index of the frame on the canvas (0 for the first, -1 before any), for tests and a step counter. */
    public int shownFrame() {
        return pacer.shown();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public EnvironmentCanvas canvas() {
        return canvas;
    }

    public Node node() {
        return canvas;
    }

    private void go() {
        playing.set(true);
        pulses.start();
    }

    private void halt() {
        pulses.stop();
        playing.set(false);
    }
}
