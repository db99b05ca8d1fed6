package org.whiskerstudio.labelling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.project.ProjectStore;

/**
 * Annotations in the project store. Every change is one {@link #apply} call: one transaction that removes some
 * annotations and inserts or updates others, so an edit and its undo are each atomic.
 */
public final class AnnotationStore {
    private static final String COLUMNS = "id, image_id, class_id, kind, geometry, flags";
    private final ProjectStore store;

    public AnnotationStore(ProjectStore store) {
        this.store = store;
    }

    public ProjectStore project() {
        return store;
    }

    /** The image's annotations: tags first, then regions in the order they were drawn. */
    public List<Annotation> ofImage(long imageId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM annotation WHERE image_id = ?"
                    + " ORDER BY CASE kind WHEN 'tag' THEN 0 ELSE 1 END, id")) {
                ps.setLong(1, imageId);
                return readAll(ps);
            }
        });
    }

    /** Every annotation of the project grouped by image (for export). */
    public Map<Long, List<Annotation>> all() {
        return store.read(c -> {
            Map<Long, List<Annotation>> byImage = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM annotation ORDER BY image_id,"
                    + " CASE kind WHEN 'tag' THEN 0 ELSE 1 END, id")) {
                for (Annotation a : readAll(ps)) {
                    byImage.computeIfAbsent(a.imageId(), k -> new ArrayList<>()).add(a);
                }
            }
            return byImage;
        });
    }

    public List<Annotation> ofClass(long classId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM annotation WHERE class_id = ? ORDER BY id")) {
                ps.setLong(1, classId);
                return readAll(ps);
            }
        });
    }

    public Optional<Annotation> byId(long id) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM annotation WHERE id = ?")) {
                ps.setLong(1, id);
                return readAll(ps).stream().findFirst();
            }
        });
    }

    /**
     * In one transaction: deletes the annotations with the given ids, then writes {@code upserts} (id 0 means
     * new: a fresh id is given; any other id is inserted or replaced as it is), each marked typed. Returns the upserts
     * with their ids.
     */
    public List<Annotation> apply(Collection<Long> removeIds, List<Annotation> upserts) {
        return apply(removeIds, upserts, Collections.nCopies(upserts.size(), new LabelSource.Typed()));
    }

    /**
     * The same, each upsert marked with its own source ({@code sources.get(i)} for {@code upserts.get(i)}) in the
     * same transaction: an undo puts a label back with where it came from, and an accepted suggestion is never
     * stored without its run.
     */
    public List<Annotation> apply(Collection<Long> removeIds, List<Annotation> upserts, List<LabelSource> sources) {
        if (sources.size() != upserts.size()) {
            throw new IllegalArgumentException(sources.size() + " sources for " + upserts.size() + " labels");
        }
        return store.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM annotation WHERE id = ?")) {
                for (long id : removeIds) {
                    del.setLong(1, id);
                    del.executeUpdate();
                }
            }
            List<Annotation> written = new ArrayList<>();
            for (Annotation a : upserts) {
                written.add(upsert(c, a));
            }
            LabelSources.mark(c, written.stream().map(Annotation::id).toList(), sources);
            return written;
        });
    }

    /** Where these labels came from, by id; labels that no longer exist are left out. */
    public Map<Long, LabelSource> sources(Collection<Long> ids) {
        return store.read(c -> LabelSources.of(c, ids));
    }

    static Annotation upsert(Connection c, Annotation a) throws SQLException {
        boolean fresh = a.id() == 0;
        String sql = fresh
                ? "INSERT INTO annotation(image_id, class_id, kind, geometry, flags, created_at) VALUES (?, ?, ?, ?, ?, ?)"
                : "INSERT OR REPLACE INTO annotation(image_id, class_id, kind, geometry, flags, created_at, id) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, a.imageId());
            ps.setLong(2, a.classId());
            ps.setString(3, a.shape().kind());
            ps.setString(4, ShapeCodec.geometry(a.shape()));
            ps.setString(5, ShapeCodec.flags(a.flags()));
            ps.setString(6, Instant.now().toString());
            if (!fresh) {
                ps.setLong(7, a.id());
            }
            ps.executeUpdate();
            if (!fresh) {
                return a;
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Annotation(keys.getLong(1), a.imageId(), a.classId(), a.shape(), a.flags());
            }
        }
    }

    /**
     * Adds new labels (id 0), {@code sources.get(i)} recording where {@code labels.get(i)} came from, in one
     * transaction: an import never leaves labels without their provenance. Returns the labels with their ids.
     */
    public List<Annotation> add(List<Annotation> labels, List<LabelSource> sources) {
        return apply(List.of(), labels, sources);
    }

    /** Marks an image reviewed (or not), in its own transaction. */
    public void setReviewed(long imageId, boolean reviewed) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE image SET reviewed_at = ? WHERE id = ?")) {
                ps.setString(1, reviewed ? Instant.now().toString() : null);
                ps.setLong(2, imageId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public boolean isReviewed(long imageId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT reviewed_at IS NOT NULL FROM image WHERE id = ?")) {
                ps.setLong(1, imageId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    /** Ids of the images with at least one label. */
    public Set<Long> labelledImageIds() {
        return imageIds("SELECT DISTINCT image_id FROM annotation");
    }

    /** Whether the project's labels say where objects are and never tag a whole image: it wants a detector. */
    public boolean labelsObjectsOnly() {
        return store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT EXISTS(SELECT 1 FROM annotation WHERE kind IN ('box', 'polygon', 'parts'))
                       AND NOT EXISTS(SELECT 1 FROM annotation WHERE kind = 'tag')""")) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    /** Ids of the images marked reviewed. */
    public Set<Long> reviewedImageIds() {
        return imageIds("SELECT id FROM image WHERE reviewed_at IS NOT NULL");
    }

    private Set<Long> imageIds(String sql) {
        return store.read(c -> {
            Set<Long> ids = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** Labelling progress: images with at least one annotation, and images marked reviewed. */
    public LabellingProgress progress() {
        return store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT COUNT(*),
                           SUM(EXISTS (SELECT 1 FROM annotation a WHERE a.image_id = i.id)),
                           SUM(i.reviewed_at IS NOT NULL)
                    FROM image i""")) {
                rs.next();
                return new LabellingProgress(rs.getInt(1), rs.getInt(2), rs.getInt(3));
            }
        });
    }

    static List<Annotation> readAll(PreparedStatement ps) throws SQLException {
        List<Annotation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Annotation(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        ShapeCodec.shape(rs.getString(4), rs.getString(5)), ShapeCodec.flags(rs.getString(6))));
            }
        }
        return out;
    }
}
