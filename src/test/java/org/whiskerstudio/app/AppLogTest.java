package org.whiskerstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogTest {
    @TempDir
    Path temp;

    @AfterEach
    void stopLogging() {
        AppLog.uninstall();
    }

    @Test
    void logFolderIsThePropertyThenXdgStateHomeThenTheHomeFolder() {
        Map<String, String> props = Map.of("user.home", "/home/me");
        assertEquals(Path.of("/home/me/.local/state/whisker-studio/logs"), AppLog.dirFrom(props::get, k -> null));
        assertEquals(Path.of("/state/whisker-studio/logs"),
                AppLog.dirFrom(props::get, Map.of("XDG_STATE_HOME", "/state")::get));
        assertEquals(Path.of("/home/me/.local/state/whisker-studio/logs"),
                AppLog.dirFrom(props::get, Map.of("XDG_STATE_HOME", "relative/ignored")::get), "XDG paths must be absolute");
        Map<String, String> overridden = Map.of("user.home", "/home/me", "whisker.log.dir", "/var/lib/wl");
        assertEquals(Path.of("/var/lib/wl"), AppLog.dirFrom(overridden::get, Map.of("XDG_STATE_HOME", "/state")::get));
    }

    @Test
    void installCreatesTheLogFileInTheConfiguredFolderAndRecordsGoThere() throws IOException {
        Path dir = temp.resolve("state/whisker-studio/logs");
        Optional<Path> file = AppLog.install(dir);

        assertEquals(Optional.of(dir.resolve("whisker.log")), file);
        assertEquals(file, AppLog.current());
        Logger.getLogger("org.whiskerstudio.test").log(Level.SEVERE, "a record for the file", new IllegalStateException("boom"));
        AppLog.uninstall();
        String text = Files.readString(dir.resolve("whisker.log"));
        assertTrue(text.contains("SEVERE  org.whiskerstudio.test: a record for the file"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: boom"), "the stack trace is kept: " + text);
    }

    @Test
    void eachStartKeepsThePreviousSessionsLogsUpToFour() throws IOException {
        Path dir = temp.resolve("logs");
        for (int session = 1; session <= 6; session++) {
            AppLog.install(dir);
            Logger.getLogger("org.whiskerstudio.test").warning("session " + session);
            AppLog.uninstall();
        }
        assertTrue(Files.readString(dir.resolve("whisker.log")).contains("session 6"));
        assertTrue(Files.readString(dir.resolve("whisker.1.log")).contains("session 5"));
        assertTrue(Files.readString(dir.resolve("whisker.4.log")).contains("session 2"));
        assertFalse(Files.exists(dir.resolve("whisker.5.log")));
    }

    @Test
    void anUnwritableFolderLeavesTheStudioWithoutAFileButRunning() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("plain-file"), "x");
        assertEquals(Optional.empty(), AppLog.install(notAFolder.resolve("logs")));
        assertEquals(Optional.empty(), AppLog.current());
    }
}
