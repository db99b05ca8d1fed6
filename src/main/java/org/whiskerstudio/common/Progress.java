package org.whiskerstudio.common;

/** Receives progress of long work; called from the worker thread, so UI listeners must hop threads themselves. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total, message) -> { };

    /**
     * @param done    units finished and durable (for imports: committed to the store)
     * @param total   units in all, or -1 while not yet known
     * @param message a short status line
     */
    void update(long done, long total, String message);
}
