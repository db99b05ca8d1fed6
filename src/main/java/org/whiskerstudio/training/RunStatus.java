package org.whiskerstudio.training;

/** Where a run stands. Stopping is a state, not an error. */
public enum RunStatus {
    RUNNING("Running", false),
    PAUSED("Paused", false),
    /** Stopped by the person; resumable from the last checkpoint. */
    STOPPED("Stopped", true),
    COMPLETED("Completed", false),
    /** Stopped by early stopping: validation loss stopped improving. */
    EARLY_STOPPED("Stopped early", false),
    /** Loss became NaN or infinite; the last good checkpoint is kept. */
    DIVERGED("Diverged", false),
    FAILED("Failed", false),
    /** Found RUNNING or PAUSED when the project was opened: the app was killed. Resumable. */
    INTERRUPTED("Interrupted", true);

    private final String label;
    private final boolean resumable;

    RunStatus(String label, boolean resumable) {
        this.label = label;
        this.resumable = resumable;
    }

    public String label() {
        return label;
    }

    /** Whether the run can go on from its last checkpoint (if it has one). */
    public boolean resumable() {
        return resumable;
    }

    /** "Status: message", or the message alone when it begins with the status ("Stopped after step 5 ..."). */
    public String describe(String message) {
        return message == null || message.isBlank() ? label : message.startsWith(label) ? message
                : label + ": " + message;
    }

    public boolean isActive() {
        return this == RUNNING || this == PAUSED;
    }
}
