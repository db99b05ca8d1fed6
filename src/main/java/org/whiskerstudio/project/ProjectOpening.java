package org.whiskerstudio.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * How a {@link ProjectStore} comes to be: creating, opening for writing (under the project's {@link ProjectLock})
 * and opening to read only, with the checks that refuse what is not a project or is from a newer studio.
 */
final class ProjectOpening {
    private static final String FORMAT_KEY = ProjectStore.FORMAT_KEY;
    private static final String FORMAT_VALUE = ProjectStore.FORMAT_VALUE;

    private ProjectOpening() {
    }

    /** Makes a new project in {@code folder} (created if missing; must not already hold a project). */
    static ProjectStore create(Path folder, String name) {
        ProjectLayout layout = new ProjectLayout(folder);
        if (Files.exists(layout.database())) {
            throw new ProjectException(layout.root() + " already holds a project; open it instead.");
        }
        try {
            Files.createDirectories(layout.root());
            Files.createDirectories(layout.images());
            Files.createDirectories(layout.runs());
        } catch (IOException e) {
            throw new ProjectException("Cannot create the project folder " + layout.root() + ": " + e.getMessage(), e);
        }
        ProjectLock lock = ProjectLock.acquire(layout);
        Connection c = connectOrRelease(layout, lock);
        try {
            Migrations.upgrade(c);
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO project_meta(key, value) VALUES (?, ?)")) {
                insertMeta(ps, FORMAT_KEY, FORMAT_VALUE);
                insertMeta(ps, "name", name);
                insertMeta(ps, "created_at", Instant.now().toString());
            }
            c.commit();
            c.setAutoCommit(true);
            return new ProjectStore(layout, c, Optional.of(lock));
        } catch (SQLException e) {
            ProjectStore.closeQuietly(c);
            lock.close();
            throw new ProjectException("Cannot create the project database in " + layout.root() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing project for writing, upgrading an older schema; refuses folders that are not projects or are
     * newer, and a project another process has open for writing ({@link ProjectBusyException}).
     */
    static ProjectStore open(Path folder) {
        ProjectLayout layout = existing(folder);
        Optional<ReadOnlyFolder> readOnly = ReadOnlyFolder.of(layout);
        if (readOnly.isPresent()) {
            // Said before the lock file is tried, which would fail with the system's bare "Read-only file system".
            throw new ProjectException(readOnly.get().refusal());
        }
        inspectReadOnly(layout, readUrl(layout));
        ProjectLock lock = ProjectLock.acquire(layout);
        Connection c = connectOrRelease(layout, lock);
        try {
            Migrations.upgrade(c);
            Files.createDirectories(layout.images());
            Files.createDirectories(layout.runs());
            // Sweeping walks every image folder: off the open path, so a large project opens at once.
            Thread sweeper = new Thread(() -> StaleFiles.sweep(layout), "whisker-sweep");
            sweeper.setDaemon(true);
            sweeper.start();
            return new ProjectStore(layout, c, Optional.of(lock));
        } catch (SQLException | IOException e) {
            ProjectStore.closeQuietly(c);
            lock.close();
            throw new ProjectException("Cannot open the project " + layout.root() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens a project to read it, beside a process that may be writing it: no lock is taken and nothing is changed
     * (runs another process is training stay as they are). Every change through it is refused. An older schema is
     * first upgraded through a short write open, which needs the project to be free.
     */
    static ProjectStore openReadOnly(Path folder) {
        ProjectLayout layout = existing(folder);
        Optional<ReadOnlyFolder> readOnly = ReadOnlyFolder.of(layout);
        String url = readUrl(layout);
        if (inspectReadOnly(layout, url) < Migrations.LATEST) {
            if (readOnly.isPresent()) {
                throw new ProjectException("This project was made by an older Whisker Studio and is upgraded once "
                        + "when opened, which needs a folder that can be written, but " + readOnly.get().reason()
                        + ". Copy the project folder somewhere you can write and open it there.");
            }
            open(folder).close();
            url = readUrl(layout);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        try {
            Connection c = DriverManager.getConnection(url, config.toProperties());
            return new ProjectStore(layout, c, Optional.empty(), readOnly);
        } catch (SQLException e) {
            throw new ProjectException("Cannot open " + layout.database() + ": " + e.getMessage(), e);
        }
    }

    /** As the studio opens a project: for writing, or to read only when its folder cannot be written. */
    static ProjectStore openOrReadOnly(Path folder) {
        ProjectLayout layout = existing(folder);
        return ReadOnlyFolder.of(layout).isPresent() ? openReadOnly(folder) : open(folder);
    }

    /**
     * The URL of a read-only connection. In WAL mode even a reader needs the {@code -shm} file beside the database,
     * which a read-only folder cannot hold ("unable to open database file"); there {@link ReadOnlySnapshot} says where
     * to read it from.
     */
    private static String readUrl(ProjectLayout layout) {
        return ReadOnlyFolder.of(layout).isPresent() ? ReadOnlySnapshot.url(layout) : "jdbc:sqlite:" + layout.database();
    }

    private static ProjectLayout existing(Path folder) {
        ProjectLayout layout = new ProjectLayout(folder);
        if (!Files.isDirectory(layout.root())) {
            throw new ProjectException(layout.root() + " is not a folder.");
        }
        if (!Files.isRegularFile(layout.database())) {
            throw new ProjectException(layout.root() + " is not a Whisker Studio project: it has no "
                    + ProjectLayout.DB_FILE + ".");
        }
        return layout;
    }

    /**
     * Checks that the file is our project and not from a newer version, through a read-only connection, so a
     * file that is refused (another program's database, a newer project) is left exactly as it was. Returns its
     * schema version.
     */
    private static int inspectReadOnly(ProjectLayout layout, String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        try (Connection c = DriverManager.getConnection(url, config.toProperties())) {
            checkIsProject(c, layout);
            int version = Migrations.version(c);
            if (version > Migrations.LATEST) {
                throw new ProjectException("This project was made by a newer version of Whisker Studio (schema "
                        + version + "; this version reads up to " + Migrations.LATEST + "). Update Whisker Studio to open it.");
            }
            return version;
        } catch (SQLException e) {
            throw new ProjectException("Cannot open " + layout.database() + ": " + e.getMessage(), e);
        }
    }

    private static void checkIsProject(Connection c, ProjectLayout layout) throws SQLException {
        String problem = layout.database() + " is not a Whisker Studio project database";
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM project_meta WHERE key = '" + FORMAT_KEY + "'")) {
            if (!rs.next() || !FORMAT_VALUE.equals(rs.getString(1))) {
                throw new ProjectException(problem + ".");
            }
        } catch (SQLException e) {
            // A file that is not SQLite at all, or a database without our table.
            throw new ProjectException(problem + " (" + e.getMessage() + ").", e);
        }
    }

    private static Connection connectOrRelease(ProjectLayout layout, ProjectLock lock) {
        try {
            return connect(layout);
        } catch (ProjectException e) {
            lock.close();
            throw e;
        }
    }

    private static Connection connect(ProjectLayout layout) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL in WAL mode is durable against a killed process (not against power loss), and much faster.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + layout.database(), config.toProperties());
        } catch (SQLException e) {
            throw new ProjectException("Cannot open " + layout.database() + ": " + e.getMessage(), e);
        }
    }

    private static void insertMeta(PreparedStatement ps, String key, String value) throws SQLException {
        ps.setString(1, key);
        ps.setString(2, value);
        ps.executeUpdate();
    }
}
