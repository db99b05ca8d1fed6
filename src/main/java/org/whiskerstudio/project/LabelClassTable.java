package org.whiskerstudio.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every SQL statement on the {@code label_class} table, in one place. The functions run on a connection the caller
 * holds ({@link ProjectStore#read} or {@link ProjectStore#write}), so an import can add its classes in the same
 * transaction as its images; the rules about names live with the callers (labelling's {@code ClassStore}).
 */
public final class LabelClassTable {
    private static final String[] PALETTE = {
        "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#bfef45", "#469990", "#9a6324"};

    private LabelClassTable() {
    }

    /** A class with its place in the list. */
    public record Placed(LabelClass labelClass, int position) {
    }

    /** A class with what uses it: images carrying any of its labels, and its labels in all. */
    public record Usage(LabelClass labelClass, int images, int annotations) {
    }

    /** The classes in list order. */
    public static List<LabelClass> all(Connection c) throws SQLException {
        List<LabelClass> classes = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, color FROM label_class ORDER BY position, id")) {
            while (rs.next()) {
                classes.add(labelClass(rs));
            }
        }
        return classes;
    }

    /** The classes in list order, each with how many images and labels use it. */
    public static List<Usage> usage(Connection c) throws SQLException {
        List<Usage> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT lc.id, lc.name, lc.color,
                       (SELECT COUNT(DISTINCT a.image_id) FROM annotation a WHERE a.class_id = lc.id),
                       (SELECT COUNT(*) FROM annotation a WHERE a.class_id = lc.id)
                FROM label_class lc ORDER BY lc.position, lc.id""")) {
            while (rs.next()) {
                out.add(new Usage(labelClass(rs), rs.getInt(4), rs.getInt(5)));
            }
        }
        return out;
    }

    /** A class by id, with its place. */
    public static Optional<Placed> find(Connection c, long classId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, color, position FROM label_class WHERE id = ?")) {
            ps.setLong(1, classId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Placed(labelClass(rs), rs.getInt(4))) : Optional.empty();
            }
        }
    }

    /**
     * The class of this name (stripped; the column compares names without case), or a new one at the end of the
     * list with the next colour of the palette.
     */
    public static LabelClass ensure(Connection c, String rawName) throws SQLException {
        String name = rawName.strip();
        if (name.isEmpty()) {
            throw new ProjectException("A class name cannot be empty.");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, color FROM label_class WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return labelClass(rs);
                }
            }
        }
        int position = count(c);
        String color = PALETTE[position % PALETTE.length];
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO label_class(name, color, position, created_at) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, color);
            ps.setInt(3, position);
            ps.setString(4, Instant.now().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new LabelClass(keys.getLong(1), name, color);
            }
        }
    }

    /** Whether the class existed to be renamed. */
    public static boolean rename(Connection c, long classId, String name) throws SQLException {
        return set(c, "UPDATE label_class SET name = ? WHERE id = ?", classId, name);
    }

    /** Whether the class existed to be recoloured. */
    public static boolean recolour(Connection c, long classId, String colour) throws SQLException {
        return set(c, "UPDATE label_class SET color = ? WHERE id = ?", classId, colour);
    }

    /** Whether the class existed to be deleted (its annotations go with it: the schema cascades). */
    public static boolean delete(Connection c, long classId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM label_class WHERE id = ?")) {
            ps.setLong(1, classId);
            return ps.executeUpdate() > 0;
        }
    }

    /** Puts a class back with its id, name, colour and place (replacing whatever holds that id). */
    public static void restore(Connection c, Placed placed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO label_class(id, name, color, position, created_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, placed.labelClass().id());
            ps.setString(2, placed.labelClass().name());
            ps.setString(3, placed.labelClass().color());
            ps.setInt(4, placed.position());
            ps.setString(5, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    private static boolean set(Connection c, String sql, long classId, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.setLong(2, classId);
            return ps.executeUpdate() > 0;
        }
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM label_class")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static LabelClass labelClass(ResultSet rs) throws SQLException {
        return new LabelClass(rs.getLong(1), rs.getString(2), rs.getString(3));
    }
}
