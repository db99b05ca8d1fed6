package org.whiskerstudio.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The rule every fuzzed file must keep: reading it ends, in time, either with a result or with one of the refusals
 * the reader declares (each with a message for the person). Anything else (a NullPointerException, an
 * IndexOutOfBounds, a StackOverflowError, a hang) fails the property, and jqwik shrinks it to the smallest edit list.
 */
public final class CleanRefusal {
    /** Longer than any honest read of these small files; a loop or a blow-up takes far longer. */
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private CleanRefusal() {
    }

    /** Runs {@code read}; true when it gave a result, false when it refused cleanly. */
    public static boolean check(Callable<?> read, List<Class<? extends Exception>> refusals) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            try {
                read.call();
                return true;
            } catch (Exception e) {
                if (refusals.stream().noneMatch(r -> r.isInstance(e))) {
                    throw e;
                }
                assertNotNull(e.getMessage(), "a refusal says why");
                assertFalse(e.getMessage().isBlank(), "a refusal says why");
                return false;
            }
        });
    }
}
