package org.whiskerstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrashHandlerTest {
    private static final Path LOG = Path.of("/home/me/.local/state/whisker-studio/logs/whisker.log");

    @Test
    void messageNamesTheErrorAndWhereTheLogFileIs() {
        String message = CrashHandler.message(new IllegalStateException("the grid lost its cells"), Optional.of(LOG));
        assertTrue(message.contains("IllegalStateException: the grid lost its cells"), message);
        assertTrue(message.contains("The details are in the log file:\n" + LOG), message);
    }

    @Test
    void messageGoesToTheRootCauseAndItsFirstLine() {
        Throwable wrapped = new RuntimeException("Exception in Application start method",
                new UncheckedIOException(new IOException("Disk full\nat line 2")));
        String message = CrashHandler.message(wrapped, Optional.of(LOG));
        assertTrue(message.contains("IOException: Disk full\n"), message);
        assertTrue(!message.contains("at line 2"), message);
    }

    @Test
    void messageWithoutALogFileSaysWhereTheDetailsWent() {
        String message = CrashHandler.message(new NullPointerException(), Optional.empty());
        assertTrue(message.contains("NullPointerException\n"), message);
        assertTrue(message.contains("printed on the console"), message);
    }

    @Test
    void handlerTellsTheUserOnceUntilTheDialogIsDismissed() {
        List<String> told = new ArrayList<>();
        CrashHandler handler = new CrashHandler(Optional.of(LOG), told::add);
        handler.uncaughtException(Thread.currentThread(), new IllegalArgumentException("first"));
        handler.uncaughtException(Thread.currentThread(), new IllegalArgumentException("second"));
        assertEquals(1, told.size(), "a second error while the dialog is open is only logged");
        handler.dismissed();
        handler.uncaughtException(Thread.currentThread(), new IllegalArgumentException("third"));
        assertEquals(2, told.size());
        assertTrue(told.get(1).contains("third") && told.get(1).contains(LOG.toString()));
    }

    @Test
    void aFailingDialogNeverThrowsOutOfTheHandler() {
        CrashHandler handler = new CrashHandler(Optional.of(LOG), m -> {
            throw new IllegalStateException("no toolkit");
        });
        handler.uncaughtException(Thread.currentThread(), new IllegalArgumentException("x"));
    }
}
