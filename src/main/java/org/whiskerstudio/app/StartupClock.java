package org.whiskerstudio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How long the studio took to show its window, and where the time went: the process's start, then named marks
 * (main entered, toolkit up, shell built, window shown, first frame drawn), each in milliseconds since the process
 * started.
 *
 * <p>The process's start on Linux comes from {@code /proc}: its age is {@code /proc/uptime} minus the start tick in
 * {@code /proc/self/stat}, both on the kernel's boot clock (10 ms ticks). {@code ProcessHandle.info().startInstant()}
 * is not used there: it adds the start tick to the boot time of {@code /proc/stat}, which is whole seconds, so it
 * placed the start up to a second too early (measured: it said 1.1 s before main where a shell's clock said 60-130 ms).
 * Elsewhere (Windows, macOS report it exactly) ProcessHandle is used.
 */
final class StartupClock {
    /** Clock ticks a second of {@code /proc/self/stat} (USER_HZ): 100 on every Linux build that matters. */
    private static final long TICKS_PER_SECOND = 100;
    private static final long LOADED = System.currentTimeMillis();
    private static final List<Mark> MARKS = new ArrayList<>();
    private static volatile long processStart = -1;

    private StartupClock() {
    }

    record Mark(String name, long epochMillis) {
    }

    /** Notes that {@code name} happened now (thread-safe; marks keep their order). */
    static synchronized void mark(String name) {
        MARKS.add(new Mark(name, System.currentTimeMillis()));
    }

    static synchronized List<Mark> marks() {
        return List.copyOf(MARKS);
    }

    /** When this process started, in epoch milliseconds; when no source knows, when this class was loaded. */
    static long processStartMillis() {
        long start = processStart;
        if (start < 0) {
            start = fromProc(Path.of("/proc")).or(StartupClock::fromProcessHandle).orElse(LOADED);
            processStart = start;
        }
        return start;
    }

    /** "window shown 1234 ms after the process started (main 70, toolkit 420, ...)". */
    static String report(long shownMillis) {
        long start = processStartMillis();
        StringBuilder line = new StringBuilder("window shown ").append(shownMillis - start)
                .append(" ms after the process started (");
        String sep = "";
        for (Mark m : marks()) {
            line.append(sep).append(m.name()).append(' ').append(m.epochMillis() - start);
            sep = ", ";
        }
        return line.append(")").toString();
    }

    /** The start from {@code proc/self/stat} and {@code proc/uptime} under {@code proc}; empty when unreadable. */
    static Optional<Long> fromProc(Path proc) {
        try {
            long now = System.currentTimeMillis();
            String stat = Files.readString(proc.resolve("self").resolve("stat"));
            String uptime = Files.readString(proc.resolve("uptime"));
            return Optional.of(now - ageMillis(stat, uptime));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The process's age from the text of {@code /proc/self/stat} (field 22, after the command name in brackets,
     * which may hold spaces) and {@code /proc/uptime} (seconds since boot, first number).
     */
    static long ageMillis(String stat, String uptime) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long startTicks = Long.parseLong(fields[19]);
        double upSeconds = Double.parseDouble(uptime.trim().split("\\s+")[0]);
        long age = Math.round(upSeconds * 1000) - startTicks * 1000 / TICKS_PER_SECOND;
        if (age < 0) {
            throw new IllegalArgumentException("a process started after now: " + age + " ms");
        }
        return age;
    }

    private static Optional<Long> fromProcessHandle() {
        return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli);
    }
}
