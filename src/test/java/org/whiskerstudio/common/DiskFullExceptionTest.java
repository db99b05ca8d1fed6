package org.whiskerstudio.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.testing.FullDiskStream;

class DiskFullExceptionTest {
    @Test
    void theJdksAndSqlitesWordsForAFullDiskAreRecognised() {
        assertTrue(DiskFullException.isDiskFull(new IOException(FullDiskStream.ENOSPC)));
        assertTrue(DiskFullException.isDiskFull(new RuntimeException("saving failed",
                new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)"))));
        assertTrue(DiskFullException.isDiskFull(new IOException("Disk quota exceeded")));
        assertFalse(DiskFullException.isDiskFull(new IOException("Permission denied")));
    }

    @Test
    void aWrappedFullDiskIsExplainedWithTheFileItNames() {
        Path file = Path.of("/data/project/images/ab/abc.jpg");
        IOException named = DiskFullException.naming(file, new IOException(FullDiskStream.ENOSPC));

        Optional<String> said = DiskFullException.explain(new UncheckedIOException((DiskFullException) named));

        assertTrue(said.orElseThrow().startsWith("The disk is full: " + file + " could not be written"), said::get);
    }

    @Test
    void aFullDiskThatNamesNoFileStillReadsAsASentence() {
        String said = DiskFullException.explain(new IOException(FullDiskStream.ENOSPC)).orElseThrow();
        assertTrue(said.startsWith("The disk is full"), said);
        assertFalse(said.contains(FullDiskStream.ENOSPC), said);
    }

    @Test
    void otherFailuresAreLeftAsTheyAre() {
        IOException denied = new IOException("Permission denied");
        assertSame(denied, DiskFullException.naming(Path.of("x"), denied));
        assertEquals(Optional.empty(), DiskFullException.explain(denied));
    }
}
