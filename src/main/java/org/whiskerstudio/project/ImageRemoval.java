package org.whiskerstudio.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Takes an image out of a project: its row in one transaction (its labels, split and suggestion go with it), then its
 * stored copy and thumbnail, but only a copy the project owns: one in its images folder that no other row names.
 * A file linked in place, outside that folder, is the user's and stays.
 */
public final class ImageRemoval {
    private static final Logger LOG = Logger.getLogger(ImageRemoval.class.getName());

    /**
     * What was removed.
     *
     * @param fileDeleted whether the stored copy was deleted (not for a file linked in place, or one still in use)
     */
    public record Removed(long imageId, String fileName, boolean fileDeleted) {
    }

    private record Row(String sha256, String fileName, String storedPath, boolean shared) {
    }

    private ImageRemoval() {
    }

    /** Removes image {@code imageId}; empty when the project has no such image (already removed). */
    public static Optional<Removed> remove(ProjectStore store, long imageId) {
        Optional<Row> row = store.write(c -> deleteRow(c, imageId));
        return row.map(r -> new Removed(imageId, r.fileName(), !r.shared() && deleteOwnedFiles(store.layout(), r)));
    }

    private static Optional<Row> deleteRow(Connection c, long imageId) throws SQLException {
        Row row;
        try (PreparedStatement s = c.prepareStatement("SELECT sha256, file_name, stored_path FROM image WHERE id = ?")) {
            s.setLong(1, imageId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                row = new Row(rs.getString(1), rs.getString(2), rs.getString(3), false);
            }
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM image WHERE id = ?")) {
            delete.setLong(1, imageId);
            delete.executeUpdate();
        }
        try (PreparedStatement others = c.prepareStatement("SELECT COUNT(*) FROM image WHERE stored_path = ?")) {
            others.setString(1, row.storedPath());
            try (ResultSet rs = others.executeQuery()) {
                rs.next();
                return Optional.of(new Row(row.sha256(), row.fileName(), row.storedPath(), rs.getInt(1) > 0));
            }
        }
    }

    /** After the row's commit: a crash in between leaves an unused file, never a row without its file. */
    private static boolean deleteOwnedFiles(ProjectLayout layout, Row row) {
        Path images = layout.images().toAbsolutePath().normalize();
        Path stored = layout.resolveStored(row.storedPath()).toAbsolutePath().normalize();
        if (!stored.startsWith(images)) {
            return false;
        }
        try {
            Files.deleteIfExists(layout.thumbnail(row.sha256()));
            return Files.deleteIfExists(stored);
        } catch (IOException e) {
            LOG.warning("Removed image " + row.fileName() + " from the project but could not delete " + stored + ": " + e);
            return false;
        }
    }
}
