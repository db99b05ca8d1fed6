package org.whiskerstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** One failure reads the same whichever wrappers the background work put around it. */
class FailureTest {
    private final IOException cause = new NoSuchFileException("/data/cats/001.png");

    @Test
    void executorAndFutureWrappersAreTakenOff() {
        assertEquals("/data/cats/001.png", Failure.messageOf(new ExecutionException(cause)));
        assertEquals("/data/cats/001.png", Failure.messageOf(new CompletionException(cause)));
        assertEquals("/data/cats/001.png", Failure.messageOf(new CompletionException(new ExecutionException(cause))));
    }

    @Test
    void aRuntimeWrapperThatSaysNothingOfItsOwnIsTakenOff() {
        assertEquals("/data/cats/001.png", Failure.messageOf(new UncheckedIOException(cause)));
        assertEquals("/data/cats/001.png", Failure.messageOf(new RuntimeException(cause)));
        assertEquals("/data/cats/001.png", Failure.messageOf(new IllegalStateException(cause.getMessage(), cause)));
    }

    @Test
    void aFullDiskReadsAsTheSentenceThatSaysSoWhateverWrapsIt() {
        IOException bare = new IOException("No space left on device");
        String said = Failure.messageOf(new CompletionException(new IllegalStateException("import worker failed", bare)));

        assertTrue(said.startsWith("The disk is full"), said);
        assertFalse(said.contains("No space left on device"), said);
    }

    @Test
    void aWrapperWithItsOwnWordsIsKept() {
        UncheckedIOException wrapped = new UncheckedIOException("Cannot read the epochs of run 3: /x", cause);

        assertEquals("Cannot read the epochs of run 3: /x", Failure.messageOf(new CompletionException(wrapped)));
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsClass() {
        assertEquals("NullPointerException", Failure.messageOf(new CompletionException(new NullPointerException())));
        assertEquals("IllegalStateException", Failure.messageOf(new IllegalStateException(" ")));
    }

    @Test
    void cancellationUnderWrappersIsACancelNotAFailure() {
        assertTrue(new Failure(new CompletionException(new CancellationException())).cancelled());
        assertFalse(new Failure(new CompletionException(cause)).cancelled());
    }
}
