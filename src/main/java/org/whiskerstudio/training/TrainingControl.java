package org.whiskerstudio.training;

/**
 * Pause, resume and stop for a running run, set from any thread and checked by the training loop between steps,
 * so a stop takes effect within one iteration.
 */
public final class TrainingControl {
    private boolean paused;
    private boolean stopRequested;

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    public synchronized void stop() {
        stopRequested = true;
        notifyAll();
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    public synchronized boolean isStopRequested() {
        return stopRequested;
    }

    /**
     * Blocks while paused (the loop calls it between steps).
     *
     * @return true if the run should go on, false if a stop was requested
     * @param onPause called once on the waiting thread when a pause begins, and {@code onResume} when it ends
     */
    public boolean awaitRunnable(Runnable onPause, Runnable onResume) throws InterruptedException {
        synchronized (this) {
            if (stopRequested) {
                return false;
            }
            if (!paused) {
                return true;
            }
        }
        onPause.run();
        synchronized (this) {
            while (paused && !stopRequested) {
                wait();
            }
            if (stopRequested) {
                return false;
            }
        }
        onResume.run();
        return true;
    }
}
