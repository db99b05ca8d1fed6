package org.whiskerstudio.labelling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectException;
import org.whiskerstudio.project.ProjectStore;

/** Label classes and what uses them; renames, recolours, merges and deletes, each one transaction. */
public final class ClassStore {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private final ProjectStore store;

    public ClassStore(ProjectStore store) {
        this.store = store;
    }

    /** A class as it was, with its place in the list and every annotation of it: enough to restore it whole. */
    public record Snapshot(LabelClass labelClass, int position, List<Annotation> annotations) {
        public Snapshot {
            annotations = List.copyOf(annotations);
        }
    }

    public List<ClassUsage> usage() {
        return store.read(c -> {
            List<ClassUsage> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT lc.id, lc.name, lc.color,
                           (SELECT COUNT(DISTINCT a.image_id) FROM annotation a WHERE a.class_id = lc.id),
                           (SELECT COUNT(*) FROM annotation a WHERE a.class_id = lc.id)
                    FROM label_class lc ORDER BY lc.position, lc.id""")) {
                while (rs.next()) {
                    out.add(new ClassUsage(new LabelClass(rs.getLong(1), rs.getString(2), rs.getString(3)), rs.getInt(4), rs.getInt(5)));
                }
            }
            return out;
        });
    }

    public LabelClass create(String name) {
        String clean = checkName(name);
        if (store.labelClasses().stream().anyMatch(c -> c.name().equalsIgnoreCase(clean))) {
            throw new ProjectException("A class named \"" + clean + "\" already exists.");
        }
        return store.ensureLabelClass(clean);
    }

    public void rename(long classId, String name) {
        String clean = checkName(name);
        store.labelClasses().stream()
                .filter(c -> c.name().equalsIgnoreCase(clean) && c.id() != classId).findAny()
                .ifPresent(c -> {
                    throw new ProjectException("A class named \"" + c.name() + "\" already exists; merge into it instead.");
                });
        update(classId, "UPDATE label_class SET name = ? WHERE id = ?", clean);
    }

    public void recolour(long classId, String colour) {
        if (!COLOUR.matcher(colour).matches()) {
            throw new ProjectException("\"" + colour + "\" is not a colour like #ff8800.");
        }
        update(classId, "UPDATE label_class SET color = ? WHERE id = ?", colour.toLowerCase(Locale.ROOT));
    }

    private void update(long classId, String sql, String value) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, value);
                ps.setLong(2, classId);
                if (ps.executeUpdate() == 0) {
                    throw new ProjectException("The class no longer exists.");
                }
            }
            return null;
        });
    }

    public Snapshot snapshot(long classId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, color, position FROM label_class WHERE id = ?")) {
                ps.setLong(1, classId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new ProjectException("The class no longer exists.");
                    }
                    LabelClass lc = new LabelClass(rs.getLong(1), rs.getString(2), rs.getString(3));
                    int position = rs.getInt(4);
                    try (PreparedStatement a = c.prepareStatement(
                            "SELECT id, image_id, class_id, kind, geometry, flags FROM annotation WHERE class_id = ? ORDER BY id")) {
                        a.setLong(1, classId);
                        return new Snapshot(lc, position, AnnotationStore.readAll(a));
                    }
                }
            }
        });
    }

    /** Deletes a class and every label of it. */
    public void delete(long classId) {
        store.write(c -> {
            deleteClass(c, classId);
            return null;
        });
    }

    /**
     * Moves every label of {@code from} to {@code into} and deletes {@code from}. Tags that would be doubled
     * (an image tagged with both) are dropped. Take a {@link #snapshot} of {@code from} first to undo it.
     */
    public void merge(long from, long into) {
        if (from == into) {
            throw new ProjectException("A class cannot be merged into itself.");
        }
        store.write(c -> {
            Set<Long> taggedInto = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT image_id FROM annotation WHERE class_id = ? AND kind = 'tag'")) {
                ps.setLong(1, into);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        taggedInto.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement drop = c.prepareStatement(
                    "DELETE FROM annotation WHERE class_id = ? AND kind = 'tag' AND image_id = ?")) {
                for (long image : taggedInto) {
                    drop.setLong(1, from);
                    drop.setLong(2, image);
                    drop.executeUpdate();
                }
            }
            try (PreparedStatement move = c.prepareStatement("UPDATE annotation SET class_id = ? WHERE class_id = ?")) {
                move.setLong(1, into);
                move.setLong(2, from);
                move.executeUpdate();
            }
            deleteClass(c, from);
            return null;
        });
    }

    /** Puts a deleted (or merged-away) class back with its id, name, colour, place and labels. */
    public void restore(Snapshot snapshot) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO label_class(id, name, color, position, created_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, snapshot.labelClass().id());
                ps.setString(2, snapshot.labelClass().name());
                ps.setString(3, snapshot.labelClass().color());
                ps.setInt(4, snapshot.position());
                ps.setString(5, Instant.now().toString());
                ps.executeUpdate();
            }
            for (Annotation a : snapshot.annotations()) {
                AnnotationStore.upsert(c, a);
            }
            return null;
        });
    }

    private static void deleteClass(Connection c, long classId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM label_class WHERE id = ?")) {
            ps.setLong(1, classId);
            if (ps.executeUpdate() == 0) {
                throw new ProjectException("The class no longer exists.");
            }
        }
    }

    private static String checkName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new ProjectException("A class needs a name.");
        }
        if (clean.length() > 100 || clean.contains("\n") || clean.contains("\r")) {
            throw new ProjectException("A class name must be one line of at most 100 characters.");
        }
        return clean;
    }
}
