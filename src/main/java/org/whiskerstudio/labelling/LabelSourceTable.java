package org.whiskerstudio.labelling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every SQL statement on the provenance columns of {@code annotation}, in one place; callers hold the connection. */
final class LabelSourceTable {
    private LabelSourceTable() {
    }

    static void set(Connection c, Collection<Long> annotationIds, LabelSource source) throws SQLException {
        set(c, List.copyOf(annotationIds), Collections.nCopies(annotationIds.size(), source));
    }

    /** Each label its own source ({@code sources.get(i)} for {@code annotationIds.get(i)}), in one batch. */
    static void set(Connection c, List<Long> annotationIds, List<LabelSource> sources) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE annotation SET source = ?, source_run = ?, "
                + "source_probability = ?, source_format = ? WHERE id = ?")) {
            for (int i = 0; i < annotationIds.size(); i++) {
                LabelSource source = sources.get(i);
                ps.setString(1, source.key());
                setOrNull(ps, 2, Types.INTEGER, source instanceof LabelSource.Suggested s ? (Object) s.runId()
                        : source instanceof LabelSource.Generated g ? (Object) g.runId() : null);
                setOrNull(ps, 3, Types.REAL, source instanceof LabelSource.Suggested s ? s.probability() : null);
                setOrNull(ps, 4, Types.VARCHAR, source instanceof LabelSource.Imported im ? im.format() : null);
                ps.setLong(5, annotationIds.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static Optional<LabelSource> of(Connection c, long annotationId) throws SQLException {
        return Optional.ofNullable(of(c, List.of(annotationId)).get(annotationId));
    }

    /** The sources of these labels by id; labels that do not exist are left out. One statement for all. */
    static Map<Long, LabelSource> of(Connection c, Collection<Long> annotationIds) throws SQLException {
        Map<Long, LabelSource> sources = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT source, source_run, source_probability, source_format "
                + "FROM annotation WHERE id = ?")) {
            for (long id : annotationIds) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        sources.put(id, source(rs));
                    }
                }
            }
        }
        return sources;
    }

    private static LabelSource source(ResultSet rs) throws SQLException {
        String key = rs.getString(1);
        return switch (key) {
            case "typed" -> new LabelSource.Typed();
            case "suggested" -> new LabelSource.Suggested(rs.getLong(2), rs.getDouble(3));
            case "imported" -> new LabelSource.Imported(rs.getString(4) == null ? "" : rs.getString(4));
            case "generated" -> new LabelSource.Generated(rs.getLong(2));
            case "unknown" -> new LabelSource.Unknown();
            default -> throw new SQLException("unknown label source \"" + key + "\"");
        };
    }

    private static void setOrNull(PreparedStatement ps, int index, int type, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, type);
        } else {
            ps.setObject(index, value);
        }
    }

    /** Every label's source by annotation id, in one scan (an export reads them all). */
    static Map<Long, LabelSource> all(Connection c) throws SQLException {
        Map<Long, LabelSource> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT source, source_run, source_probability, source_format, id FROM annotation")) {
            while (rs.next()) {
                out.put(rs.getLong(5), source(rs));
            }
        }
        return out;
    }

    /** The images that carry a label accepted from a suggestion, each with the run that suggested it. */
    static Map<Long, Long> suggestedRunByImage(Connection c) throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT image_id, source_run FROM annotation WHERE source = 'suggested' ORDER BY id")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return out;
    }
}
