package org.whiskerstudio.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** The machine's load, quoted with figures measured while other work shares it. */
final class Load {
    private Load() {
    }

    static String average() {
        return String.format(Locale.ROOT, "%.2f on %d cores",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}
