package org.whiskerstudio.rl;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The last {@code capacity} transitions, the oldest overwritten first; batches drawn uniformly with replacement. It can
 * be written and read back slot for slot ({@link #write}, {@link #read}), so a resumed learner samples as it would have.
 */
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
    public List<Transition> sample(int count, RandomGenerator random) {
        if (size == 0) {
            throw new IllegalStateException("Nothing to replay yet");
        }
        List<Transition> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(slots[random.nextInt(size)]);
        }
        return batch;
    }

    /** The slots as they lie, with where the next transition goes: what {@link #read} reads. */
    public void write(DataOutput out, int observationSize, int actionCount) throws IOException {
        out.writeInt(slots.length);
        out.writeInt(size);
        out.writeInt(next);
        out.writeInt(observationSize);
        out.writeInt(actionCount);
        for (int i = 0; i < size; i++) {
            Transition t = slots[i];
            writeNumbers(out, t.observation(), observationSize);
            out.writeInt(t.action());
            out.writeDouble(t.reward());
            writeNumbers(out, t.next(), observationSize);
            out.writeBoolean(t.terminated());
            for (int a = 0; a < actionCount; a++) {
                out.writeBoolean(t.nextLegal()[a]);
            }
        }
    }

    private static void writeNumbers(DataOutput out, double[] values, int count) throws IOException {
        if (values.length != count) {
            throw new IllegalStateException("A transition holds " + values.length + " numbers, not " + count);
        }
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    /**
     * A buffer {@link #write} wrote for the same capacity, observation size and action count.
     *
     * @throws IOException when the data is cut short or does not fit those sizes (a file edited by hand)
     */
    public static ReplayBuffer read(DataInput in, int capacity, int observationSize, int actionCount)
            throws IOException {
        int storedCapacity = in.readInt();
        int size = in.readInt();
        int next = in.readInt();
        if (storedCapacity != capacity || in.readInt() != observationSize || in.readInt() != actionCount) {
            throw new IOException("The replay buffer was saved for other sizes than this learner's (capacity "
                    + capacity + ", " + observationSize + " numbers, " + actionCount + " actions)");
        }
        if (size < 0 || size > capacity || next < 0 || next >= capacity || (size < capacity && next != size)) {
            throw new IOException("The replay buffer's fill (" + size + ", next " + next + ") does not fit its "
                    + "capacity " + capacity);
        }
        ReplayBuffer buffer = new ReplayBuffer(capacity);
        for (int i = 0; i < size; i++) {
            double[] observation = readNumbers(in, observationSize);
            int action = in.readInt();
            double reward = in.readDouble();
            double[] after = readNumbers(in, observationSize);
            boolean terminated = in.readBoolean();
            boolean[] legal = new boolean[actionCount];
            for (int a = 0; a < actionCount; a++) {
                legal[a] = in.readBoolean();
            }
            if (action < 0 || action >= actionCount || !Double.isFinite(reward)) {
                throw new IOException("Transition " + i + " of the replay buffer is damaged (action " + action
                        + ", reward " + reward + ")");
            }
            buffer.slots[i] = new Transition(observation, action, reward, after, terminated, legal);
        }
        buffer.size = size;
        buffer.next = next;
        return buffer;
    }

    private static double[] readNumbers(DataInput in, int count) throws IOException {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readDouble();
            if (!Double.isFinite(values[i])) {
                throw new IOException("The replay buffer holds a number that is not finite");
            }
        }
        return values;
    }
}
