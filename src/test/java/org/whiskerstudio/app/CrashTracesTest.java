package org.whiskerstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashTracesTest {
    @TempDir
    Path temp;

    @Test
    void movesOnlyTheStudiosCrashReportsIntoTheLogFolder() throws IOException {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path work = Files.createDirectories(temp.resolve("work"));
        Path logs = Files.createDirectories(temp.resolve("logs"));
        Files.writeString(tmp.resolve("whisker-studio-hs_err_pid41.log"), "# SIGSEGV (0xb)\n");
        Files.writeString(work.resolve("hs_err_pid42.log"),
                "# SIGSEGV (0xb)\nCommand Line: -jar target/whisker-studio.jar\n");
        Files.writeString(work.resolve("hs_err_pid43.log"), "# SIGSEGV (0xb)\nCommand Line: -jar other-app.jar\n");

        List<Path> moved = CrashTraces.collect(List.of(tmp, work, temp.resolve("missing")), logs);

        assertEquals(List.of(logs.resolve("whisker-studio-hs_err_pid41.log"), logs.resolve("hs_err_pid42.log")), moved);
        assertTrue(Files.isRegularFile(logs.resolve("hs_err_pid42.log")));
        assertTrue(Files.notExists(work.resolve("hs_err_pid42.log")), "moved, not copied");
        assertTrue(Files.isRegularFile(work.resolve("hs_err_pid43.log")), "another program's report stays");
    }
}
