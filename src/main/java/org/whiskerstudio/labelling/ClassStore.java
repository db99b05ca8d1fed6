package org.whiskerstudio.labelling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.LabelClassTable;
import org.whiskerstudio.project.ProjectException;
import org.whiskerstudio.project.ProjectStore;

/** Label classes and what uses them; renames, recolours, merges and deletes, each one transaction. */
public final class ClassStore {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String GONE = "The class no longer exists.";
    private final ProjectStore store;

    public ClassStore(ProjectStore store) {
        this.store = store;
    }

    /**
     * A class as it was, with its place in the list and every annotation of it with where each came from: enough to
     * restore it whole.
     */
    public record Snapshot(LabelClass labelClass, int position, List<Annotation> annotations,
                           Map<Long, LabelSource> sources) {
        public Snapshot {
            annotations = List.copyOf(annotations);
            sources = Map.copyOf(sources);
        }
    }

    public List<ClassUsage> usage() {
        return store.read(LabelClassTable::usage).stream()
                .map(u -> new ClassUsage(u.labelClass(), u.images(), u.annotations())).toList();
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
        changeExisting(c -> LabelClassTable.rename(c, classId, clean));
    }

    public void recolour(long classId, String colour) {
        if (!COLOUR.matcher(colour).matches()) {
            throw new ProjectException("\"" + colour + "\" is not a colour like #ff8800.");
        }
        changeExisting(c -> LabelClassTable.recolour(c, classId, colour.toLowerCase(Locale.ROOT)));
    }

    private void changeExisting(ProjectStore.SqlFunction<Boolean> change) {
        store.write(c -> {
            if (!change.apply(c)) {
                throw new ProjectException(GONE);
            }
            return null;
        });
    }

    public Snapshot snapshot(long classId) {
        return store.read(c -> {
            LabelClassTable.Placed placed = LabelClassTable.find(c, classId)
                    .orElseThrow(() -> new ProjectException(GONE));
            try (PreparedStatement a = c.prepareStatement(
                    "SELECT id, image_id, class_id, kind, geometry, flags FROM annotation WHERE class_id = ? ORDER BY id")) {
                a.setLong(1, classId);
                List<Annotation> annotations = AnnotationStore.readAll(a);
                return new Snapshot(placed.labelClass(), placed.position(), annotations,
                        LabelSources.of(c, annotations.stream().map(Annotation::id).toList()));
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
            LabelClassTable.restore(c, new LabelClassTable.Placed(snapshot.labelClass(), snapshot.position()));
            for (Annotation a : snapshot.annotations()) {
                AnnotationStore.upsert(c, a);
            }
            List<Long> ids = snapshot.annotations().stream().map(Annotation::id).toList();
            LabelSources.mark(c, ids, ids.stream()
                    .map(id -> snapshot.sources().getOrDefault(id, new LabelSource.Typed())).toList());
            return null;
        });
    }

    private static void deleteClass(Connection c, long classId) throws SQLException {
        if (!LabelClassTable.delete(c, classId)) {
            throw new ProjectException(GONE);
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
