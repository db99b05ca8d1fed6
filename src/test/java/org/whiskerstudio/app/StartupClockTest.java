package org.whiskerstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupClockTest {
    /** A real line of /proc/self/stat, with a command name holding a space and a bracket; start tick 2229357. */
    private static final String STAT = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 1234 0 0 0 12 3 0 0 20 0 30 0 "
            + "2229357 6000000000 40000 18446744073709551615 1 1 0 0 0 0 0 4096 16384 0 0 0 17 1 0 0 0 0 0";

    @Test
    void theAgeIsTheUptimeLessTheStartTick() {
        assertEquals(80, StartupClock.ageMillis(STAT, "22293.65 25692.22\n"));
    }

    @Test
    void aStartAfterNowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StartupClock.ageMillis(STAT, "22000.00 1.00"));
    }

    @Test
    void theStartIsReadFromAProcFolder(@TempDir Path proc) throws IOException {
        Files.createDirectories(proc.resolve("self"));
        Files.writeString(proc.resolve("self").resolve("stat"), STAT);
        Files.writeString(proc.resolve("uptime"), "22294.57 1.0\n");
        long before = System.currentTimeMillis();
        long start = StartupClock.fromProc(proc).orElseThrow();
        long after = System.currentTimeMillis();
        // fromProc reads the wall clock between before and after: the start is 1 s before that moment.
        assertTrue(start >= before - 1000 - 20 && start <= after - 1000 + 20, "started ~1 s ago: " + (before - start));
    }

    @Test
    void noProcFolderGivesNothing(@TempDir Path empty) {
        assertTrue(StartupClock.fromProc(empty).isEmpty());
    }

    @Test
    void theRealProcessStartedBeforeNowAndNotLongAgo() {
        long age = System.currentTimeMillis() - StartupClock.processStartMillis();
        // A test JVM has run for a while, but not for a day; a whole-second boot-time error would still pass
        // this, the parsing tests above pin the arithmetic.
        assertTrue(age >= 0 && age < 86_400_000L, "age " + age);
    }
}
