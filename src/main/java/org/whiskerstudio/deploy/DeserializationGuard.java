package org.whiskerstudio.deploy;

import java.io.ObjectInputFilter;
import java.util.concurrent.Callable;

/**
 * A second wall behind the entry whitelist: while untrusted model data is loaded on a thread, every Java object
 * stream opened on that thread rejects every class, so even a missed path into {@code ObjectInputStream} cannot
 * build an attacker's object. Installed as the JVM's filter factory once; outside a guarded call it changes nothing.
 */
public final class DeserializationGuard {
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);
    private static final ObjectInputFilter REJECT_ALL = info -> ObjectInputFilter.Status.REJECTED;
    private static volatile boolean installed;

    private DeserializationGuard() {
    }

    /** Runs {@code work} with Java deserialization refused on this thread. */
    public static <T> T refuseJavaObjects(Callable<T> work) throws Exception {
        install();
        DEPTH.set(DEPTH.get() + 1);
        try {
            return work.call();
        } finally {
            DEPTH.set(DEPTH.get() - 1);
        }
    }

    /** Whether the factory is in place (false when something else installed its own first). */
    public static boolean active() {
        install();
        return installed;
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            ObjectInputFilter.Config.setSerialFilterFactory((current, requested) ->
                    DEPTH.get() > 0 ? REJECT_ALL : requested);
            installed = true;
        } catch (IllegalStateException alreadySet) {
            // Another factory was installed first (or a filter already used): the whitelist still stands alone.
            installed = false;
        }
    }
}
