package org.whiskerstudio.rl;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The last {@code capacity} transitions, the oldest overwritten first; batches drawn uniformly with replacement. */
public final class ReplayBuffer {
    private final Transition[] slots;
    private int next;
    private int size;

    public ReplayBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A replay buffer holds at least one transition");
        }
        slots = new Transition[capacity];
    }

    public void add(Transition transition) {
        slots[next] = transition;
        next = (next + 1) % slots.length;
        size = Math.min(size + 1, slots.length);
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return slots.length;
    }

    /** {@code count} transitions drawn uniformly from those held. */
    public List<Transition> sample(int count, SplittableRandom random) {
        if (size == 0) {
            throw new IllegalStateException("Nothing to replay yet");
        }
        List<Transition> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(slots[random.nextInt(size)]);
        }
        return batch;
    }
}
