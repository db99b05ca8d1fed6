package org.whiskerstudio.suggest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.project.ClassKinds;

/** Every SQL statement of possible label mistakes ({@code label_keep}), in one place; callers hold the connection. */
final class MistakeTable {
    private MistakeTable() {
    }

    /**
     * Image id to label of every training and validation image carrying exactly one class (as classification reads
     * labels), except those whose Keep names that class.
     */
    static Map<Long, String> listable(Connection c) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT a.image_id, MIN(lc.name), MIN(k.class_name)
                FROM annotation a
                JOIN label_class lc ON lc.id = a.class_id
                JOIN image_subset p ON p.image_id = a.image_id AND p.subset IN ('train', 'val')
                LEFT JOIN label_keep k ON k.image_id = a.image_id
                WHERE %s
                GROUP BY a.image_id
                HAVING COUNT(DISTINCT a.class_id) = 1""".formatted(ClassKinds.sql("a.kind")))) {
            while (rs.next()) {
                String label = rs.getString(2);
                String kept = rs.getString(3);
                if (kept == null || !kept.equalsIgnoreCase(label)) {
                    out.put(rs.getLong(1), label);
                }
            }
        }
        return out;
    }

    static Optional<KeptLabel> kept(Connection c, long imageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT image_id, class_name, run_id FROM label_keep WHERE image_id = ?")) {
            ps.setLong(1, imageId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new KeptLabel(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                        : Optional.empty();
            }
        }
    }

    static void keep(Connection c, KeptLabel kept) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO label_keep(image_id, class_name, run_id, kept_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, kept.imageId());
            ps.setString(2, kept.className());
            ps.setLong(3, kept.runId());
            ps.setString(4, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    static void forget(Connection c, long imageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM label_keep WHERE image_id = ?")) {
            ps.setLong(1, imageId);
            ps.executeUpdate();
        }
    }
}
