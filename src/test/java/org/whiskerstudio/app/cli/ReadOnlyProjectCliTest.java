package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ReadOnlyProjects;
import org.whiskerstudio.testing.SmallDisk;

/** On a read-only disk, the commands that read work and the commands that write say why they cannot, in one line. */
class ReadOnlyProjectCliTest {
    @TempDir
    Path temp;

    @Test
    void readingCommandsWorkAndWritingCommandsSayTheProjectIsReadOnly() throws IOException {
        Path photo = temp.resolve("photo.png");
        Files.write(photo, DatasetFixture.png(8, 8, Color.GRAY));
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("share"), 2048)) {
            Path project = ReadOnlyProjects.make(disk);

            PredictCommandTest.Run info = PredictCommandTest.run("info", project.toString());
            assertEquals(0, info.exit(), info.err());
            PredictCommandTest.Run list = PredictCommandTest.run("train", project.toString(), "--list");
            assertEquals(0, list.exit(), list.err());

            String why = "error: This project is read-only: its folder " + project + " is on a read-only disk. "
                    + "Nothing was changed; to change it, copy the project folder somewhere you can write.";
            PredictCommandTest.Run imported = PredictCommandTest.run("import", project.toString(), photo.toString());
            assertEquals(1, imported.exit());
            assertEquals(why, imported.err().strip());
            PredictCommandTest.Run trim = PredictCommandTest.run("cache", project.toString(), "--trim");
            assertEquals(1, trim.exit());
            assertEquals(why, trim.err().strip());
        }
    }
}
