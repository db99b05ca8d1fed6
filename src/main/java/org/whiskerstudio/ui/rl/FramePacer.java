package org.whiskerstudio.ui.rl;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.whiskerstudio.rl.EnvironmentView;

/**
 * Paces an episode's frames for the screen: a cart-pole at {@value #CART_FPS} frames a second (the physics steps 50 a
 * second, so about 0.6 x real time, and no faster than the FX thread should redraw), a board at one move every
 * {@value #BOARD_MILLIS} ms so a person follows the game. The last frame stays {@value #HOLD_MILLIS} ms; a newer
 * episode offered meanwhile waits for that, and only the newest waits. Pure logic: {@link EpisodePlayer} asks it on
 * each pulse with the pulse's time.
 *
 * @param <T> an episode: its frames come from the function given
 */
final class FramePacer<T> {
    static final int CART_FPS = 30;
    static final long BOARD_MILLIS = 600;
    static final long HOLD_MILLIS = 1_500;
    private final Function<T, List<EnvironmentView>> framesOf;
    private Optional<T> current = Optional.empty();
    private Optional<T> waiting = Optional.empty();
    private long startedAt;
    private int shown = -1;
    private boolean now;

    FramePacer(Function<T, List<EnvironmentView>> framesOf) {
        this.framesOf = framesOf;
    }

    /** A newer episode to play once the current one has been seen to its end. */
    void offer(T episode) {
        waiting = Optional.of(episode);
        now = false;
    }

    /** An episode to play from the next pulse on, whatever is playing or waiting. */
    void play(T episode) {
        waiting = Optional.of(episode);
        now = true;
    }

    /** Forgets both episodes (a new run). */
    void clear() {
        current = Optional.empty();
        waiting = Optional.empty();
        shown = -1;
    }

    /** The frame to draw at {@code nowNanos} when it is not the one drawn last; empty when nothing changes. */
    Optional<EnvironmentView> frameAt(long nowNanos) {
        if (waiting.isPresent() && (now || current.isEmpty() || ended(nowNanos))) {
            current = waiting;
            waiting = Optional.empty();
            startedAt = nowNanos;
            shown = -1;
            now = false;
        }
        if (current.isEmpty()) {
            return Optional.empty();
        }
        List<EnvironmentView> frames = framesOf.apply(current.get());
        int index = (int) Math.min(frames.size() - 1, (nowNanos - startedAt) / frameNanos(frames));
        if (index == shown) {
            return Optional.empty();
        }
        shown = index;
        return Optional.of(frames.get(index));
    }

    /** Whether nothing is left to draw at {@code nowNanos}: the episode played and held, none waiting. */
    boolean idle(long nowNanos) {
        return waiting.isEmpty() && (current.isEmpty() || ended(nowNanos));
    }

    private boolean ended(long nowNanos) {
        List<EnvironmentView> frames = framesOf.apply(current.orElseThrow());
        return nowNanos - startedAt >= frames.size() * frameNanos(frames) + HOLD_MILLIS * 1_000_000;
    }

    /** The episode being played, if any. */
    Optional<T> playing() {
        return current;
    }

    /** The index of the frame drawn last; -1 before the first. */
    int shown() {
        return shown;
    }

    private static long frameNanos(List<EnvironmentView> frames) {
        return frames.get(0) instanceof EnvironmentView.BoardView ? BOARD_MILLIS * 1_000_000
                : 1_000_000_000L / CART_FPS;
    }
}
