package org.whiskerstudio.ui.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.rl.EnvironmentView;

/** The one pacing of recorded episodes, on the Train screen and the Evaluate screen alike. */
class FramePacerTest {
    private static final long FRAME = 1_000_000_000L / FramePacer.CART_FPS;

    private static List<EnvironmentView> cart(int frames) {
        List<EnvironmentView> views = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            views.add(new EnvironmentView.CartView(i * 0.01, 0, 2.4));
        }
        return views;
    }

    @Test
    void aReplayIsPacedAtThirtyFramesASecondHeldAtItsEndAndTheNewestWaits() {
        FramePacer<List<EnvironmentView>> pacer = new FramePacer<>(f -> f);
        assertTrue(pacer.frameAt(0).isEmpty());
        assertTrue(pacer.idle(0), "nothing to play");
        List<EnvironmentView> first = cart(4);
        pacer.offer(first);
        assertFalse(pacer.idle(0));

        assertEquals(Optional.of(first.get(0)), pacer.frameAt(0));
        assertTrue(pacer.frameAt(FRAME / 2).isEmpty(), "no redraw within a frame");
        assertEquals(Optional.of(first.get(1)), pacer.frameAt(FRAME));
        List<EnvironmentView> second = cart(2);
        pacer.offer(cart(5));
        pacer.offer(second);
        assertEquals(Optional.of(first.get(3)), pacer.frameAt(10 * FRAME), "played to its end");
        assertTrue(pacer.frameAt(4 * FRAME + 1_000_000_000L).isEmpty(), "the last frame is held");
        assertEquals(Optional.of(second.get(0)), pacer.frameAt(4 * FRAME + 1_600_000_000L),
                "then the newest offered, the older waiting one skipped");
        assertTrue(pacer.idle(4 * FRAME + 1_600_000_000L + 2 * FRAME + 1_500_000_000L), "played and held");
    }

    @Test
    void playStartsAtOnceAndABoardMovesEverySixHundredMilliseconds() {
        FramePacer<List<EnvironmentView>> pacer = new FramePacer<>(f -> f);
        pacer.offer(cart(40));
        pacer.frameAt(0);
        List<EnvironmentView> game = List.of(new EnvironmentView.BoardView(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0), 1),
                new EnvironmentView.BoardView(List.of(0, 0, 0, 0, 1, 0, 0, 0, 0), 1));
        pacer.play(game);
        assertEquals(Optional.of(game.get(0)), pacer.frameAt(FRAME), "not after the cart's forty frames");
        assertEquals(0, pacer.shown());
        assertTrue(pacer.frameAt(FRAME + 599_000_000L).isEmpty());
        assertEquals(Optional.of(game.get(1)), pacer.frameAt(FRAME + 600_000_000L));
        pacer.clear();
        assertEquals(-1, pacer.shown());
        assertTrue(pacer.idle(0));
    }
}
