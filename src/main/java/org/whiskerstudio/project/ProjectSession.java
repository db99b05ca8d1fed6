package org.whiskerstudio.project;

/**
 * An open project shared by screens and background work. Closing waits for running work (an import, say)
 * to end, so a store is never closed under a task that is still writing to it.
 */
public final class ProjectSession implements AutoCloseable {
    private final ProjectStore store;
    private int busy;
    private boolean closeRequested;

    public ProjectSession(ProjectStore store) {
        this.store = store;
    }

    public ProjectStore store() {
        return store;
    }

    /** Marks the start of background work; false if the session is closing (do not start). */
    public synchronized boolean beginWork() {
        if (closeRequested) {
            return false;
        }
        busy++;
        return true;
    }

    public synchronized void endWork() {
        busy--;
        if (busy == 0 && closeRequested) {
            store.close();
        }
    }

    public synchronized boolean isClosing() {
        return closeRequested;
    }

    @Override
    public synchronized void close() {
        if (closeRequested) {
            return;
        }
        closeRequested = true;
        if (busy == 0) {
            store.close();
        }
    }
}
