package org.whiskerstudio.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
