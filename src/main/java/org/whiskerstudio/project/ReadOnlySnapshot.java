package org.whiskerstudio.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a read-only project's database is read from. A project closed cleanly is read in place, as immutable. One whose
 * studio was killed keeps its last changes in {@code project.db-wal}, which an immutable open ignores (it would show an
 * older project, or call a just-upgraded one "older") and which a read-only folder cannot replay in place (SQLite needs
 * a {@code -shm} file beside it). That database and its WAL are then copied to a private temporary folder and read
 * from there, so every committed change is seen and the project's folder is still not touched.
 */
final class ReadOnlySnapshot {
    private ReadOnlySnapshot() {
    }

    /** The JDBC URL to read {@code layout}'s database from in a folder that cannot be written. */
    static String url(ProjectLayout layout) {
        Path wal = wal(layout.database());
        try {
            if (!Files.isRegularFile(wal) || Files.size(wal) == 0) {
                return "jdbc:sqlite:" + layout.database().toUri() + "?immutable=1";
            }
            return "jdbc:sqlite:" + copy(layout.database(), wal);
        } catch (IOException e) {
            throw new ProjectException("Cannot read " + layout.database() + ": its last changes are in " + wal
                    + ", and copying them to a temporary folder to read them failed: " + e.getMessage(), e);
        }
    }

    private static Path copy(Path database, Path wal) throws IOException {
        Path folder = Files.createTempDirectory("whisker-read-only-");
        Path copy = folder.resolve(database.getFileName());
        // deleteOnExit runs in reverse order of registration: the files first, the folder last.
        folder.toFile().deleteOnExit();
        for (Path p : new Path[] {copy, wal(copy), Path.of(copy + "-shm")}) {
            p.toFile().deleteOnExit();
        }
        Files.copy(database, copy, StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(wal, wal(copy), StandardCopyOption.COPY_ATTRIBUTES);
        copy.toFile().setWritable(true);
        wal(copy).toFile().setWritable(true);
        return copy;
    }

    private static Path wal(Path database) {
        return Path.of(database + "-wal");
    }
}
