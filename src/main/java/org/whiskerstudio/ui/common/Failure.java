package org.whiskerstudio.ui.common;

import java.lang.reflect.InvocationTargetException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.whiskerstudio.common.DiskFullException;

/**
 * A failure of background work as the user reads it: the exception under the wrappers that executors and lambdas put
 * around it, and one message form, so the same failure reads the same on every screen.
 *
 * @param error what the work threw, as it arrived
 */
public record Failure(Throwable error) {
    public Failure {
        Objects.requireNonNull(error);
    }

    /**
     * The exception under the wrappers: an {@link ExecutionException}, {@link CompletionException} or
     * {@link InvocationTargetException} always; any other runtime exception only when it adds nothing of its own
     * (no message, or just its cause's), as {@code new UncheckedIOException(e)} does. A wrapper that says more
     * ("Cannot read the epochs of run 3: ...") is kept, since its words are the useful part.
     */
    public Throwable cause() {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t && isWrapper(t)) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean isWrapper(Throwable t) {
        if (t instanceof ExecutionException || t instanceof CompletionException || t instanceof InvocationTargetException) {
            return true;
        }
        String own = t.getMessage();
        Throwable cause = t.getCause();
        return t instanceof RuntimeException
                && (own == null || own.isBlank() || own.equals(cause.toString()) || own.equals(cause.getMessage()));
    }

    /**
     * The cause's message, or its class's simple name when it has none; a full disk anywhere in the chain reads as
     * the sentence that says so ({@link DiskFullException#explain}), never as a bare "No space left on device".
     */
    public String message() {
        Optional<String> diskFull = DiskFullException.explain(error);
        if (diskFull.isPresent()) {
            return diskFull.get();
        }
        Throwable t = cause();
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    /** The work was cancelled rather than failed: a state to show, not an error to report. */
    public boolean cancelled() {
        return cause() instanceof CancellationException;
    }

    /** {@link #message()} of {@code error}. */
    public static String messageOf(Throwable error) {
        return new Failure(error).message();
    }
}
