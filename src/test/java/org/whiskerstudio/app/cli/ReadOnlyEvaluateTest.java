package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.deploy.dl4j.TinyModel;
import org.whiskerstudio.testing.SmallDisk;

/**
 * A trained project on a read-only disk (without its caches, as a copy made for sharing would be) is evaluated and
 * exported elsewhere, as the banner promises, without writing a byte on that disk.
 */
@Tag("engine")
class ReadOnlyEvaluateTest {
    private final TinyModel.Trained tiny = TinyModel.get();

    @TempDir
    Path temp;

    @Test
    void aReadOnlyProjectIsEvaluatedAndExportedElsewhere() throws IOException {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("share"), 16 * 1024)) {
            Path project = disk.root().resolve("tiny");
            copyWithoutCaches(tiny.project(), project);
            disk.remountReadOnly();
            List<String> files = disk.files();

            PredictCommandTest.Run evaluated = PredictCommandTest.run("evaluate", project.toString(), "--run",
                    String.valueOf(tiny.runId()));
            assertEquals(0, evaluated.exit(), evaluated.err());
            assertTrue(evaluated.out().toLowerCase(java.util.Locale.ROOT).contains("accuracy"), evaluated.out());
            PredictCommandTest.Run bundled = PredictCommandTest.run("bundle", project.toString(), "--run",
                    String.valueOf(tiny.runId()), "--out", temp.toString());
            assertEquals(0, bundled.exit(), bundled.err());

            assertEquals(files, disk.files(), "nothing written on the read-only disk");
        }
    }

    private static void copyWithoutCaches(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path relative = from.relativize(p);
                if (relative.startsWith("cache") || p.getFileName().toString().startsWith("project.db-")) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to.resolve(relative.toString()));
                } else {
                    Files.copy(p, to.resolve(relative.toString()));
                }
            }
        }
    }
}
