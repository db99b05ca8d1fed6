package org.whiskerstudio.rl;

/** How often an agent explores: epsilon falls linearly from {@code start} to {@code end} over {@code decaySteps}. */
public record EpsilonSchedule(double start, double end, long decaySteps) {
    public EpsilonSchedule {
        if (start < 0 || start > 1 || end < 0 || end > 1 || decaySteps < 1) {
            throw new IllegalArgumentException("Epsilon runs between 0 and 1 over at least one step");
        }
    }

    public double at(long step) {
        double done = Math.min(1.0, (double) step / decaySteps);
        return start + (end - start) * done;
    }
}
