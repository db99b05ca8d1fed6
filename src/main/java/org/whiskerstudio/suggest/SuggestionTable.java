package org.whiskerstudio.suggest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.common.Json;

/** Every SQL statement on the {@code suggestion} table, in one place; callers hold the connection. */
final class SuggestionTable {
    private static final String COLUMNS = "s.image_id, s.run_id, s.top_json, s.margin, s.entropy, s.created_at";
    /** Only images that still carry no label at all (a tag, box or polygon ends a suggestion's use). */
    private static final String UNLABELLED = "NOT EXISTS (SELECT 1 FROM annotation a WHERE a.image_id = s.image_id)";
    private static final TypeReference<List<ClassProbability>> TOP = new TypeReference<>() {
    };

    private SuggestionTable() {
    }

    /** Drops every suggestion of the project and inserts these (the caller's transaction makes it one change). */
    static void replaceAll(Connection c, Collection<Suggestion> suggestions) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM suggestion");
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO suggestion(image_id, run_id, class_name, probability, top_json, margin, entropy, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Suggestion s : suggestions) {
                ps.setLong(1, s.imageId());
                ps.setLong(2, s.runId());
                ps.setString(3, s.className());
                ps.setDouble(4, s.probability());
                ps.setString(5, json(s.top()));
                ps.setDouble(6, s.margin());
                ps.setDouble(7, s.entropy());
                ps.setString(8, s.createdAt().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static Optional<Suggestion> find(Connection c, long imageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM suggestion s WHERE s.image_id = ?")) {
            ps.setLong(1, imageId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(suggestion(rs)) : Optional.empty();
            }
        }
    }

    /** Suggestions of still-unlabelled images in {@code order}, at most {@code limit}. */
    static List<Suggestion> unlabelled(Connection c, SuggestionOrder order, int limit) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM suggestion s "
                + (order == SuggestionOrder.CLASS ? "LEFT JOIN label_class lc ON lc.name = s.class_name " : "")
                + "WHERE " + UNLABELLED + " ORDER BY " + orderBy(order) + " LIMIT ?";
        List<Suggestion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(suggestion(rs));
                }
            }
        }
        return out;
    }

    /** Which of these images carry a label of any kind now. */
    static Set<Long> labelled(Connection c, Collection<Long> imageIds) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM annotation WHERE image_id = ? LIMIT 1")) {
            for (long id : imageIds) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(id);
                    }
                }
            }
        }
        return out;
    }

    static int countUnlabelled(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM suggestion s WHERE " + UNLABELLED)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String orderBy(SuggestionOrder order) {
        return switch (order) {
            case UNCERTAIN -> "s.margin ASC, s.image_id";
            case CERTAIN -> "s.margin DESC, s.image_id";
            // A class the project no longer has (renamed since the run) goes last, by name.
            case CLASS -> "lc.position IS NULL, lc.position, s.class_name, s.probability DESC, s.image_id";
        };
    }

    private static Suggestion suggestion(ResultSet rs) throws SQLException {
        return new Suggestion(rs.getLong(1), rs.getLong(2), top(rs.getString(3)), rs.getDouble(4), rs.getDouble(5),
                Instant.parse(rs.getString(6)));
    }

    private static String json(List<ClassProbability> top) throws SQLException {
        try {
            return Json.mapper().writeValueAsString(top);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write a suggestion's classes: " + e.getMessage(), e);
        }
    }

    private static List<ClassProbability> top(String json) throws SQLException {
        try {
            return Json.mapper().readValue(json, TOP);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored suggestion's classes are damaged: " + e.getMessage(), e);
        }
    }
}
