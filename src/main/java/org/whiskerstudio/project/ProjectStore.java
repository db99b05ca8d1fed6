package org.whiskerstudio.project;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.common.DiskFullException;
import org.whiskerstudio.project.sequences.MediaKind;

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
    /** Held while open for writing (see {@link ProjectLock}); empty when open read-only. */
    private final Optional<ProjectLock> lock;
    /** Why the folder cannot be written, when the store was opened read-only for that reason. */
    private final Optional<ReadOnlyFolder> readOnlyFolder;

    ProjectStore(ProjectLayout layout, Connection connection, Optional<ProjectLock> lock) {
        this(layout, connection, lock, Optional.empty());
    }

    ProjectStore(ProjectLayout layout, Connection connection, Optional<ProjectLock> lock,
                 Optional<ReadOnlyFolder> readOnlyFolder) {
        this.layout = layout;
        this.connection = connection;
        this.lock = lock;
        this.readOnlyFolder = readOnlyFolder;
    }


    /** Makes a new project in {@code folder} (created if missing; must not already hold a project). */
    public static ProjectStore create(Path folder, String name) {
        return ProjectOpening.create(folder, name);
    }

    /**
     * Opens an existing project for writing, upgrading an older schema; refuses folders that are not projects or are
     * newer, and a project another process has open for writing ({@link ProjectBusyException}).
     */
    public static ProjectStore open(Path folder) {
        return ProjectOpening.open(folder);
    }

    /**
     * Opens a project to read it, beside a process that may be writing it: no lock is taken and nothing is changed
     * (runs another process is training stay as they are). Every change through it is refused.
     */
    public static ProjectStore openReadOnly(Path folder) {
        return ProjectOpening.openReadOnly(folder);
    }

    /**
     * Opens for writing, or to read only when the folder cannot be written ({@link ReadOnlyFolder}: a read-only disk
     * or share, a folder the user may not write), as the studio opens projects; {@link #readOnlyFolder} says why.
     */
    public static ProjectStore openOrReadOnly(Path folder) {
        return ProjectOpening.openOrReadOnly(folder);
    }

    /** Why this project's folder cannot be written, when it was opened read-only because of it. */
    public Optional<ReadOnlyFolder> readOnlyFolder() {
        return readOnlyFolder;
    }

    public ProjectLayout layout() {
        return layout;
    }

    /** Whether this store was opened to read only ({@link #openReadOnly}): every change through it is refused. */
    public boolean readOnly() {
        return lock.isEmpty();
    }

    /**
     * Refuses, before any file is written, work that changes the project (an import, say) when this store is
     * read-only; the message says why ({@link ReadOnlyFolder#refusal}).
     */
    public void requireWritable() {
        if (readOnly()) {
            throw new ProjectException(readOnlyFolder.map(ReadOnlyFolder::refusal).orElse("The project " + layout.root()
                    + " is open to read only here; nothing was changed."));
        }
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
                    counts, MediaKind.most(ImageTable.kindCounts(c)));
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
        lock.ifPresent(ProjectLock::close);
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
        requireWritable();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                connection.setAutoCommit(true);
                return result;
            } catch (SQLException | RuntimeException e) {
                settle(e);
                throw e;
            }
        } catch (SQLException e) {
            if (DiskFullException.isDiskFull(e)) {
                // SQLite rolled the transaction back whole: the change is not half there, and earlier ones are intact.
                throw new ProjectException("The disk is full: " + layout.database() + " could not be written, so this "
                        + "change was not saved; everything saved before is kept. Free some space and try again.", e);
            }
            throw new ProjectException("Saving to the project " + layout.root() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * After a failed transaction: rolls back and returns to auto-commit, keeping {@code failure} as the error. SQLite
     * may already have rolled the transaction back itself (it does on a full disk), and then both steps fail with "no
     * transaction is active"; those are added to the failure, not thrown instead of it, which hid "disk is full".
     */
    private void settle(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing is best effort: every change was already committed.
        }
    }
}
