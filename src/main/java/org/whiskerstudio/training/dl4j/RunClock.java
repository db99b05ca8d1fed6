package org.whiskerstudio.training.dl4j;

/** A run's training time: this session's wall time less its pauses, plus the time of earlier sessions. */
final class RunClock {
    private final long priorMillis;
    private final long start = System.nanoTime();
    private long pausedNanos;
    private long pauseStart;

    RunClock(long priorMillis) {
        this.priorMillis = priorMillis;
    }

    void pause() {
        pauseStart = System.nanoTime();
    }

    void resume() {
        pausedNanos += System.nanoTime() - pauseStart;
    }

    long activeNanos() {
        return System.nanoTime() - start - pausedNanos;
    }

    long elapsedMillis() {
        return priorMillis + activeNanos() / 1_000_000;
    }
}
