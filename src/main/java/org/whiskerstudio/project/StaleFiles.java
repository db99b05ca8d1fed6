package org.whiskerstudio.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Removes temporary files a killed process left behind ({@code .name.123.tmp} from atomic writes). Only files
 * older than an hour go, so a second process writing into the same project right now is never disturbed.
 */
final class StaleFiles {
    private static final Logger LOG = Logger.getLogger(StaleFiles.class.getName());
    private static final Duration AGE = Duration.ofHours(1);

    private StaleFiles() {
    }

    static int sweep(ProjectLayout layout) {
        FileTime cutoff = FileTime.from(Instant.now().minus(AGE));
        int removed = 0;
        for (Path dir : new Path[] {layout.images(), layout.thumbnails()}) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, 2)) {
                for (Path p : files.filter(StaleFiles::isTemporary).toList()) {
                    if (Files.getLastModifiedTime(p).compareTo(cutoff) < 0 && Files.deleteIfExists(p)) {
                        removed++;
                    }
                }
            } catch (IOException e) {
                LOG.log(Level.INFO, "Could not sweep temporary files in " + dir + ": " + e.getMessage());
            }
        }
        return removed;
    }

    private static boolean isTemporary(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp") && Files.isRegularFile(p);
    }
}
