package org.whiskerstudio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleFilesTest {
    @TempDir
    Path temp;

    @Test
    void sweepRemovesOldTemporaryFilesButKeepsFreshOnesAndImages() throws IOException {
        Path folder = temp.resolve("p");
        ProjectStore.create(folder, "p").close();
        ProjectLayout layout = new ProjectLayout(folder);
        Path dir = Files.createDirectories(layout.images().resolve("ab"));
        Path old = Files.writeString(dir.resolve(".abc.jpg123.tmp"), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(dir.resolve(".abd.jpg456.tmp"), "being written");
        Path image = Files.writeString(dir.resolve("abc.jpg"), "image");

        assertEquals(1, StaleFiles.sweep(layout));

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh));
        assertTrue(Files.exists(image));
    }
}
