package org.whiskerstudio.common;

/** A cancel flag checked by long work between steps; cancelled is a state, not an error. */
public final class Cancellation {
    private volatile boolean cancelled;

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
