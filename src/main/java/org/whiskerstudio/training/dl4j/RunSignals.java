package org.whiskerstudio.training.dl4j;

import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;

/**
 * A trainer's status reports, to the run's record and its listener alike, and its pauses: while paused the run
 * clock stands still, so a run's time is training time. Shared by the classifier and character-model trainers.
 */
final class RunSignals {
    private final RunRecorder recorder;
    private final TrainingListener listener;
    private final RunClock clock;

    RunSignals(RunRecorder recorder, TrainingListener listener, RunClock clock) {
        this.recorder = recorder;
        this.listener = listener;
        this.clock = clock;
    }

    void status(RunStatus status, String message) {
        recorder.status(status, message);
        listener.onStatus(status, message);
    }

    /** Waits out a pause (reporting it and its end); false when a stop was asked for. */
    boolean awaitRunnable(TrainingControl control) throws InterruptedException {
        return control.awaitRunnable(() -> {
            clock.pause();
            status(RunStatus.PAUSED, "");
        }, () -> {
            clock.resume();
            status(RunStatus.RUNNING, "");
        });
    }
}
