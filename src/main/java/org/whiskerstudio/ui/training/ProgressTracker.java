package org.whiskerstudio.ui.training;

import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.IterationMetric;

/** Accumulates a session's events into a {@link LiveProgress}; elapsed time leaves out pauses. UI thread only. */
final class ProgressTracker {
    private final int batchSize;
    private int epochs;
    private long iterations;
    private int epoch;
    private long iteration;
    private double examplesPerSecond;
    private double validationLoss = Double.NaN;
    private double best = Double.NaN;
    private long startedAt = -1;
    private long pausedAt = -1;
    private long pausedTotal;
    private LiveProgress.Unit unit = LiveProgress.Unit.EPOCHS;
    private int episodes;
    private long endedAt = -1;

    ProgressTracker(int batchSize) {
        this.batchSize = batchSize;
    }

    void start(MetricsInbox.Start s, long now) {
        epochs = s.epochs();
        unit = s.unit();
        iterations = s.epochs() * s.iterationsPerEpoch();
        iteration = Math.max(iteration, s.startIteration());
        if (startedAt < 0) {
            startedAt = now;
        }
    }

    void iteration(IterationMetric m) {
        epoch = m.epoch();
        iteration = m.iteration();
        examplesPerSecond = m.examplesPerSecond();
    }

    void epoch(EpochMetric m) {
        epoch = Math.max(epoch, m.epoch());
        iteration = Math.max(iteration, m.iteration());
        if (Double.isFinite(m.validationLoss())) {
            validationLoss = m.validationLoss();
            best = Double.isNaN(best) ? validationLoss : Math.min(best, validationLoss);
        }
    }

    /** An agent's finished episodes so far. */
    void episodes(int count) {
        episodes = Math.max(episodes, count);
    }

    void paused(boolean paused, long now) {
        if (paused && pausedAt < 0) {
            pausedAt = now;
        } else if (!paused && pausedAt >= 0) {
            pausedTotal += now - pausedAt;
            pausedAt = -1;
        }
    }

    /** The run is over: no time left to estimate, and the elapsed time stands still from {@code now}. */
    void ended(long now) {
        if (endedAt < 0) {
            endedAt = now;
        }
    }

    LiveProgress snapshot(long now) {
        if (endedAt >= 0) {
            now = endedAt;
        }
        long eta = -1;
        if (examplesPerSecond > 0 && iterations > 0 && endedAt < 0) {
            // An agent's rate is in its budget's unit already; a model's is in examples, batchSize to a step.
            double perStep = unit == LiveProgress.Unit.EPOCHS ? batchSize : 1;
            eta = Math.round(Math.max(0, iterations - iteration) * perStep / examplesPerSecond * 1000);
        }
        long elapsed = startedAt < 0 ? 0 : (pausedAt >= 0 ? pausedAt : now) - startedAt - pausedTotal;
        return new LiveProgress(epoch, epochs, iteration, iterations, examplesPerSecond, eta, elapsed, validationLoss, best,
                unit, episodes);
    }
}
