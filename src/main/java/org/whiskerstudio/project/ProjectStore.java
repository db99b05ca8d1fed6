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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * An open project: one SQLite connection in WAL mode. Every public mutator is one transaction, committed
 * before it returns, so what the user saw done survives a killed process. Methods are synchronized: the
 * store is shared by the UI's background tasks and the importer.
 */
public final class ProjectStore implements AutoCloseable {
    static final String FORMAT_KEY = "format";
    static final String FORMAT_VALUE = "whisker-studio-project";

    private final ProjectLayout layout;
    private final Connection connection;

    private ProjectStore(ProjectLayout layout, Connection connection) {
        this.layout = layout;
        this.connection = connection;
    }

    /** Makes a new project in {@code folder} (created if missing; must not already hold a project). */
    public static ProjectStore create(Path folder, String name) {
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
        Connection c = connect(layout);
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
            return new ProjectStore(layout, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new ProjectException("Cannot create the project database in " + layout.root() + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing project, upgrading an older schema; refuses folders that are not projects or are newer. */
    public static ProjectStore open(Path folder) {
        ProjectLayout layout = new ProjectLayout(folder);
        if (!Files.isDirectory(layout.root())) {
            throw new ProjectException(layout.root() + " is not a folder.");
        }
        if (!Files.isRegularFile(layout.database())) {
            throw new ProjectException(layout.root() + " is not a Whisker Studio project: it has no "
                    + ProjectLayout.DB_FILE + ".");
        }
        inspectReadOnly(layout);
        Connection c = connect(layout);
        try {
            Migrations.upgrade(c);
            Files.createDirectories(layout.images());
            Files.createDirectories(layout.runs());
            // Sweeping walks every image folder: off the open path, so a large project opens at once.
            Thread sweeper = new Thread(() -> StaleFiles.sweep(layout), "whisker-sweep");
            sweeper.setDaemon(true);
            sweeper.start();
            return new ProjectStore(layout, c);
        } catch (SQLException | IOException e) {
            closeQuietly(c);
            throw new ProjectException("Cannot open the project " + layout.root() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that the file is our project and not from a newer version, through a read-only connection, so a
     * file that is refused (another program's database, a newer project) is left exactly as it was.
     */
    private static void inspectReadOnly(ProjectLayout layout) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + layout.database(), config.toProperties())) {
            checkIsProject(c, layout);
            int version = Migrations.version(c);
            if (version > Migrations.LATEST) {
                throw new ProjectException("This project was made by a newer version of Whisker Studio (schema "
                        + version + "; this version reads up to " + Migrations.LATEST + "). Update Whisker Studio to open it.");
            }
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

    public ProjectLayout layout() {
        return layout;
    }

    public synchronized String name() {
        return meta("name").orElse(layout.root().getFileName().toString());
    }

    public synchronized Optional<String> meta(String key) {
        return query(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM project_meta WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public synchronized int schemaVersion() {
        return query(() -> Migrations.version(connection));
    }

    public synchronized int imageCount() {
        return read(ImageTable::count);
    }

    /** Every content hash in the project, for duplicate detection during import. */
    public synchronized Set<String> imageHashes() {
        return read(ImageTable::hashes);
    }

    /** The images with these content hashes, by hash (hashes not in the project are absent from the map). */
    public synchronized Map<String, ImageAsset> imagesByHash(Collection<String> hashes) {
        return read(c -> ImageTable.byHash(c, hashes));
    }

    public synchronized List<LabelClass> labelClasses() {
        return read(LabelClassTable::all);
    }

    /** Finds a class by name (case-insensitive) or adds it at the end, in its own transaction. */
    public synchronized LabelClass ensureLabelClass(String name) {
        return write(c -> LabelClassTable.ensure(c, name));
    }

    /**
     * Records a batch of images imported from plain folders (their class tags marked imported from "folders") in
     * one transaction. Images whose hash is already stored are skipped; returns how many were added.
     */
    public synchronized int addImages(List<NewImage> images) {
        return addImages(images, new ImageOrigin.Imported("folders"));
    }

    /**
     * As {@link #addImages(List)}, the images and their tags marked with {@code origin}: generated images are kept
     * out of validation and test.
     */
    public synchronized int addImages(List<NewImage> images, ImageOrigin origin) {
        return images.isEmpty() ? 0 : write(c -> ImageTable.add(c, images, origin));
    }

    /**
     * A folder-per-class import's duplicates: each image (by content hash) without a label takes its folder's class,
     * marked imported from "folders"; labelled ones are left as they are. One transaction.
     */
    public synchronized DuplicateLabels labelDuplicates(Map<String, String> classByHash) {
        return classByHash.isEmpty() ? DuplicateLabels.NONE
                : write(c -> ImageTable.labelUnlabelled(c, classByHash, new ImageOrigin.Imported("folders")));
    }

    /** Ids of the synthetic images (made by a GAN run, {@code generated_by} set), each with the run that made it. */
    public synchronized Map<Long, String> generatedImages() {
        return read(ImageTable::generated);
    }

    /** Lists images in import order, with their tags, filtered by label and name. */
    public synchronized List<ImageAsset> images(ImageQuery query) {
        return read(c -> ImageTable.images(c, query));
    }

    public synchronized ProjectSummary summary() {
        return read(c -> {
            List<ClassCount> counts = LabelClassTable.usage(c).stream()
                    .map(u -> new ClassCount(u.labelClass(), u.images())).toList();
            return new ProjectSummary(name(), Migrations.version(c), ImageTable.count(c), ImageTable.unlabelledCount(c),
                    counts);
        });
    }

    /** Runs SQLite's own consistency check; "ok" when the file is sound. */
    public synchronized String integrityCheck() {
        return query(() -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** Work on the store's connection, for the stores of other features (labelling, training) that share it. */
    @FunctionalInterface
    public interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** Runs a read on the shared connection. */
    public synchronized <T> T read(SqlFunction<T> work) {
        return query(() -> work.apply(connection));
    }

    /** Runs a change as one transaction, committed before this returns (or rolled back whole on failure). */
    public synchronized <T> T write(SqlFunction<T> work) {
        return transaction(() -> work.apply(connection));
    }

    /** A project-wide setting (e.g. the tagging mode), or {@code fallback} when unset. */
    public synchronized String setting(String key, String fallback) {
        return meta("setting." + key).orElse(fallback);
    }

    public synchronized void setSetting(String key, String value) {
        transaction(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO project_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, "setting." + key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private <T> T query(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new ProjectException("Reading the project " + layout.root() + " failed: " + e.getMessage(), e);
        }
    }

    private <T> T transaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new ProjectException("Saving to the project " + layout.root() + " failed: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing is best effort: every change was already committed.
        }
    }
}
