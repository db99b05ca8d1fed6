package org.whiskerstudio.training.dl4j;

import java.util.ArrayDeque;

/** Examples per second over the last few steps: steady enough to read, quick to follow a change. */
final class Throughput {
    private static final int WINDOW = 20;

    private final ArrayDeque<long[]> steps = new ArrayDeque<>();
    private long nanos;
    private long examples;

    /** Adds a step of {@code stepExamples} that took {@code stepNanos}; returns the rate over the window. */
    double add(long stepExamples, long stepNanos) {
        steps.addLast(new long[] {stepExamples, stepNanos});
        examples += stepExamples;
        nanos += stepNanos;
        if (steps.size() > WINDOW) {
            long[] old = steps.removeFirst();
            examples -= old[0];
            nanos -= old[1];
        }
        return nanos <= 0 ? 0 : examples * 1e9 / nanos;
    }
}
