package org.whiskerstudio.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.testing.FullDiskStream;

class AtomicFilesTest {
    @TempDir
    Path tmp;

    @Test
    void writeCreatesMissingFoldersAndTheWholeContent() throws IOException {
        Path target = tmp.resolve("a/b/c.bin");
        byte[] content = {1, 2, 3, 4};

        AtomicFiles.write(target, content);

        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(tmp));
    }

    @Test
    void aNewFileGetsTheUsualPermissionsNotOwnerOnly() throws IOException {
        // A plain new file in the same folder shows what the umask gives; a temp file would have been rw-------.
        Path plain = Files.createFile(tmp.resolve("plain.txt"));
        Path target = tmp.resolve("model.whisker.zip");

        AtomicFiles.write(target, new byte[] {1});

        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path target = tmp.resolve("settings.json");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));

        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void writeReplacesAnExistingFile() throws IOException {
        Path target = tmp.resolve("settings.json");
        Files.writeString(target, "old");

        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertEquals("new", Files.readString(target));
    }

    @Test
    void failedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = tmp.resolve("settings.json");
        Files.writeString(target, "old");

        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), filesIn(tmp));
    }

    @Test
    void aFullDiskMidWriteIsNamedAndKeepsTheOldFile() throws IOException {
        Path target = tmp.resolve("runs/3/best.zip");
        AtomicFiles.write(target, "the complete old model".getBytes(StandardCharsets.UTF_8));
        byte[] big = new byte[100_000];

        DiskFullException e = assertThrows(DiskFullException.class, () -> AtomicFiles.write(target,
                out -> new FullDiskStream(out, 4096).write(big)));

        assertEquals(target, e.file());
        assertTrue(e.getMessage().startsWith("The disk is full: " + target + " could not be written"), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing half-written was kept"), e.getMessage());
        assertEquals("the complete old model", Files.readString(target));
        assertEquals(List.of(target), filesIn(tmp));
    }

    @Test
    void otherFailuresAreNotCalledAFullDisk() {
        Path target = tmp.resolve("a.txt");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            throw new IOException("Input/output error");
        }));
        assertFalse(e instanceof DiskFullException);
        assertEquals("Input/output error", e.getMessage());
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
