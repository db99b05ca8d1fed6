package org.whiskerstudio.ui.training;

import java.util.Optional;
import org.whiskerstudio.rl.EnvironmentView;
import org.whiskerstudio.training.AgentReplay;

/**
 * Paces a greedy episode's frames for the screen: a cart-pole at {@value #CART_FPS} frames a second (the physics
 * steps 50 a second, so about 0.6 x real time, and no faster than the FX thread should redraw), a board at one move
 * every {@value #BOARD_MILLIS} ms so a person follows the game. The last frame stays {@value #HOLD_MILLIS} ms; a
 * newer episode offered meanwhile waits for that, and only the newest waits. Pure logic: the view asks it on each
 * pulse with the pulse's time.
 */
final class ReplayPlayer {
    static final int CART_FPS = 30;
    static final long BOARD_MILLIS = 600;
    static final long HOLD_MILLIS = 1_500;
    private Optional<AgentReplay> current = Optional.empty();
    private Optional<AgentReplay> waiting = Optional.empty();
    private long startedAt;
    private int shown = -1;

    /** A newer episode to play once the current one has been seen to its end. */
    void offer(AgentReplay replay) {
        waiting = Optional.of(replay);
    }

    /** Forgets both episodes (a new run). */
    void clear() {
        current = Optional.empty();
        waiting = Optional.empty();
        shown = -1;
    }

    /** The frame to draw at {@code nowNanos} when it is not the one drawn last; empty when nothing changes. */
    Optional<EnvironmentView> frameAt(long nowNanos) {
        if (waiting.isPresent() && (current.isEmpty() || nowNanos - startedAt >= lengthNanos(current.get()))) {
            current = waiting;
            waiting = Optional.empty();
            startedAt = nowNanos;
            shown = -1;
        }
        if (current.isEmpty()) {
            return Optional.empty();
        }
        AgentReplay replay = current.get();
        int index = (int) Math.min(replay.frames().size() - 1, (nowNanos - startedAt) / frameNanos(replay));
        if (index == shown) {
            return Optional.empty();
        }
        shown = index;
        return Optional.of(replay.frames().get(index));
    }

    /** The episode being played, if any. */
    Optional<AgentReplay> playing() {
        return current;
    }

    private static long frameNanos(AgentReplay replay) {
        return replay.frames().get(0) instanceof EnvironmentView.BoardView ? BOARD_MILLIS * 1_000_000
                : 1_000_000_000L / CART_FPS;
    }

    private static long lengthNanos(AgentReplay replay) {
        return replay.frames().size() * frameNanos(replay) + HOLD_MILLIS * 1_000_000;
    }
}
