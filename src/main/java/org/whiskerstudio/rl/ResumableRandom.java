package org.whiskerstudio.rl;

import java.util.random.RandomGenerator;

/**
 * The stream of {@link java.util.SplittableRandom} (the same numbers from the same seed: SplitMix64 with its golden
 * gamma), with a state that can be read and set again, so a learner saved in the middle of a run goes on drawing
 * exactly what it would have drawn. {@code SplittableRandom} keeps its state private and is not serialisable.
 * Not thread-safe.
 */
public final class ResumableRandom implements RandomGenerator {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long seed;

    /** The stream of {@code new SplittableRandom(seed)}. */
    public ResumableRandom(long seed) {
        this.seed = seed;
    }

    /** Where the stream stands: give it to {@link #at} to go on from here. */
    public long state() {
        return seed;
    }

    /** The stream from a {@link #state()} read earlier. */
    public static ResumableRandom at(long state) {
        return new ResumableRandom(state);
    }

    private long nextSeed() {
        seed += GOLDEN_GAMMA;
        return seed;
    }

    @Override
    public long nextLong() {
        long z = nextSeed();
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public int nextInt() {
        long z = nextSeed();
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }
}
