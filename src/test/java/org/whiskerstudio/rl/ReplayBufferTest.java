package org.whiskerstudio.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReplayBufferTest {

    private static Transition numbered(int n) {
        return new Transition(new double[] {n}, 0, n, new double[] {n + 1}, false, new boolean[] {true});
    }

    @Test
    void keepsTheLastCapacityTransitionsAndSamplesOnlyThose() {
        ReplayBuffer buffer = new ReplayBuffer(5);
        for (int n = 0; n < 12; n++) {
            buffer.add(numbered(n));
        }
        assertEquals(5, buffer.size());
        Set<Double> seen = new HashSet<>();
        buffer.sample(500, new SplittableRandom(1)).forEach(t -> seen.add(t.reward()));
        assertEquals(Set.of(7.0, 8.0, 9.0, 10.0, 11.0), seen, "the oldest seven were overwritten");
    }

    @Test
    void samplesUniformlyAndRepeatablyForASeed() {
        ReplayBuffer buffer = new ReplayBuffer(100);
        for (int n = 0; n < 4; n++) {
            buffer.add(numbered(n));
        }
        List<Transition> batch = buffer.sample(4000, new SplittableRandom(9));
        for (int n = 0; n < 4; n++) {
            double value = n;
            long count = batch.stream().filter(t -> t.reward() == value).count();
            assertTrue(Math.abs(count - 1000) < 120, "transition " + n + " drawn " + count + " times of 4000");
        }
        assertEquals(batch.stream().map(Transition::reward).toList(),
                buffer.sample(4000, new SplittableRandom(9)).stream().map(Transition::reward).toList());
    }

    @Test
    void anEmptyBufferHasNothingToReplay() {
        assertThrows(IllegalStateException.class, () -> new ReplayBuffer(3).sample(1, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> new ReplayBuffer(0));
    }

    @Test
    void epsilonFallsLinearlyAndStays() {
        EpsilonSchedule schedule = new EpsilonSchedule(1.0, 0.1, 100);
        assertEquals(1.0, schedule.at(0), 1e-12);
        assertEquals(0.55, schedule.at(50), 1e-12);
        assertEquals(0.1, schedule.at(100), 1e-12);
        assertEquals(0.1, schedule.at(10_000), 1e-12);
    }
}
