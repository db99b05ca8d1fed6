package org.whiskerstudio.rl;

import java.util.ArrayDeque;
import java.util.Deque;

/** The mean of the last {@code window} values added (fewer at the start), e.g. returns over 100 episodes. */
public final class MovingAverage {
    private final int window;
    private final Deque<Double> values = new ArrayDeque<>();
    private double sum;

    public MovingAverage(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("A moving average needs a window of at least one value");
        }
        this.window = window;
    }

    public double add(double value) {
        values.addLast(value);
        sum += value;
        if (values.size() > window) {
            sum -= values.removeFirst();
        }
        return mean();
    }

    public double mean() {
        return values.isEmpty() ? 0 : sum / values.size();
    }

    /** Whether as many values as the window have been added. */
    public boolean full() {
        return values.size() == window;
    }
}
