package org.whiskerstudio.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
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

    private static byte[] written(ReplayBuffer buffer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        buffer.write(new DataOutputStream(bytes), 1, 1);
        return bytes.toByteArray();
    }

    private static ReplayBuffer read(byte[] bytes, int capacity) throws IOException {
        return ReplayBuffer.read(new DataInputStream(new ByteArrayInputStream(bytes)), capacity, 1, 1);
    }

    @Test
    void aBufferReadBackSamplesExactlyAsTheOneWritten() throws IOException {
        ReplayBuffer buffer = new ReplayBuffer(5);
        for (int n = 0; n < 8; n++) {
            buffer.add(numbered(n));
        }
        ReplayBuffer back = read(written(buffer), 5);
        assertEquals(5, back.size());
        List<Transition> a = buffer.sample(50, new SplittableRandom(3));
        List<Transition> b = back.sample(50, new SplittableRandom(3));
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).reward(), b.get(i).reward());
            assertEquals(a.get(i).next()[0], b.get(i).next()[0]);
        }
        back.add(numbered(100));
        buffer.add(numbered(100));
        assertEquals(buffer.sample(200, new SplittableRandom(4)).stream().mapToDouble(Transition::reward).sum(),
                back.sample(200, new SplittableRandom(4)).stream().mapToDouble(Transition::reward).sum(),
                "the next transition overwrites the same slot");
    }

    @Test
    void aBufferSavedForOtherSizesOrCutShortIsRefused() throws IOException {
        ReplayBuffer buffer = new ReplayBuffer(5);
        buffer.add(numbered(1));
        buffer.add(numbered(2));
        byte[] bytes = written(buffer);
        assertEquals(2, read(bytes, 5).size());
        assertThrows(IOException.class, () -> read(bytes, 6), "another capacity");
        assertThrows(IOException.class, () -> read(Arrays.copyOf(bytes, bytes.length - 3), 5), "cut short");
        byte[] overfull = bytes.clone();
        overfull[7] = 9; // size 9 in a buffer of 5
        assertTrue(assertThrows(IOException.class, () -> read(overfull, 5)).getMessage().contains("capacity"));
    }
}
