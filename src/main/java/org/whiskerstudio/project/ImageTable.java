package org.whiskerstudio.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.whiskerstudio.project.sequences.MediaKind;

/**
 * Every SQL statement on the {@code image} table (with the image-level tags an import adds), in one place. The
 * functions run on a connection {@link ProjectStore} holds, inside its reads and transactions; ProjectStore's image
 * methods delegate here.
 */
final class ImageTable {
    private ImageTable() {
    }

    static int count(Connection c) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM image");
    }

    /** How many examples of each kind (image, series, text) the project holds, by their stored format. */
    static Map<MediaKind, Integer> kindCounts(Connection c) throws SQLException {
        Map<MediaKind, Integer> counts = new EnumMap<>(MediaKind.class);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT format, COUNT(*) FROM image GROUP BY format")) {
            while (rs.next()) {
                counts.merge(MediaKind.of(rs.getString(1)), rs.getInt(2), Integer::sum);
            }
        }
        return counts;
    }

    /** Images that carry no label at all. */
    static int unlabelledCount(Connection c) throws SQLException {
        return count(c, """
                SELECT COUNT(*) FROM image i
                WHERE NOT EXISTS (SELECT 1 FROM annotation a WHERE a.image_id = i.id)""");
    }

    static Set<String> hashes(Connection c) throws SQLException {
        Set<String> hashes = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sha256 FROM image")) {
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
        }
        return hashes;
    }

    static Map<String, ImageAsset> byHash(Connection c, Collection<String> hashes) throws SQLException {
        Set<String> wanted = new HashSet<>(hashes);
        Map<String, ImageAsset> out = new HashMap<>();
        for (ImageAsset image : images(c, ImageQuery.ALL)) {
            if (wanted.contains(image.sha256())) {
                out.put(image.sha256(), image);
            }
        }
        return out;
    }

    /**
     * Adds the images not stored yet (by hash), each tagged with its class when it has one (the class is made if
     * new), the tag marked with the batch's origin; returns how many were added. Runs inside the caller's
     * transaction.
     */
    static int add(Connection c, List<NewImage> images, ImageOrigin origin) throws SQLException {
        Optional<String> generatedBy = origin instanceof ImageOrigin.Generated g
                ? Optional.of(Long.toString(g.runId())) : Optional.empty();
        int added = 0;
        String now = Instant.now().toString();
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT OR IGNORE INTO image(sha256, file_name, stored_path, source_path, width, height, format,
                                            size_bytes, imported_at, generated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement tag = c.prepareStatement("INSERT OR IGNORE INTO annotation(image_id, class_id, kind,"
                     + " created_at, source, source_run, source_format) VALUES (?, ?, 'tag', ?, ?, ?, ?)")) {
            setProvenance(tag, origin);
            for (NewImage image : images) {
                insert.setString(1, image.sha256());
                insert.setString(2, image.fileName());
                insert.setString(3, image.storedPath());
                insert.setString(4, image.sourcePath());
                insert.setInt(5, image.width());
                insert.setInt(6, image.height());
                insert.setString(7, image.format());
                insert.setLong(8, image.sizeBytes());
                insert.setString(9, now);
                insert.setString(10, generatedBy.orElse(null));
                if (insert.executeUpdate() == 0) {
                    continue;
                }
                added++;
                long imageId;
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    imageId = keys.getLong(1);
                }
                if (image.className().isPresent()) {
                    tag.setLong(1, imageId);
                    tag.setLong(2, LabelClassTable.ensure(c, image.className().get()).id());
                    tag.setString(3, now);
                    tag.executeUpdate();
                }
            }
        }
        return added;
    }

    /**
     * Gives each image found by hash its folder's class when it has no label at all (the tag marked with
     * {@code origin}, as a fresh import's would be); images already labelled are left as they are and counted.
     * Hashes not in the project are passed over. Runs inside the caller's transaction.
     */
    static DuplicateLabels labelUnlabelled(Connection c, Map<String, String> classByHash, ImageOrigin origin)
            throws SQLException {
        int labelled = 0;
        int same = 0;
        int different = 0;
        String now = Instant.now().toString();
        try (PreparedStatement find = c.prepareStatement("SELECT id FROM image WHERE sha256 = ?");
             PreparedStatement classes = c.prepareStatement(
                     "SELECT DISTINCT class_id FROM annotation WHERE image_id = ?");
             PreparedStatement tag = c.prepareStatement("INSERT OR IGNORE INTO annotation(image_id, class_id, kind,"
                     + " created_at, source, source_run, source_format) VALUES (?, ?, 'tag', ?, ?, ?, ?)")) {
            setProvenance(tag, origin);
            for (Map.Entry<String, String> e : classByHash.entrySet()) {
                find.setString(1, e.getKey());
                OptionalLong imageId = firstLong(find);
                if (imageId.isEmpty()) {
                    continue;
                }
                long classId = LabelClassTable.ensure(c, e.getValue()).id();
                classes.setLong(1, imageId.getAsLong());
                Set<Long> has = new HashSet<>();
                try (ResultSet rs = classes.executeQuery()) {
                    while (rs.next()) {
                        has.add(rs.getLong(1));
                    }
                }
                if (has.isEmpty()) {
                    tag.setLong(1, imageId.getAsLong());
                    tag.setLong(2, classId);
                    tag.setString(3, now);
                    tag.executeUpdate();
                    labelled++;
                } else if (has.contains(classId)) {
                    same++;
                } else {
                    different++;
                }
            }
        }
        return new DuplicateLabels(labelled, same, different);
    }

    private static OptionalLong firstLong(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        }
    }

    /**
     * The provenance columns of the tags a batch brings, in the keys {@code labelling.LabelSource} reads back
     * ("imported" with its format, "generated" with its run). Written here, not through labelling's own writer,
     * because the tag is inserted in this transaction and this package comes before labelling.
     */
    private static void setProvenance(PreparedStatement tag, ImageOrigin origin) throws SQLException {
        if (origin instanceof ImageOrigin.Generated g) {
            tag.setString(4, "generated");
            tag.setLong(5, g.runId());
            tag.setNull(6, Types.VARCHAR);
        } else if (origin instanceof ImageOrigin.Imported i) {
            tag.setString(4, "imported");
            tag.setNull(5, Types.INTEGER);
            tag.setString(6, i.format());
        }
    }

    /** Ids of the synthetic images, each with the run that made it. */
    static Map<Long, String> generated(Connection c) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, generated_by FROM image WHERE generated_by IS NOT NULL")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        }
        return out;
    }

    /** Images in import order, with their tags, filtered by label and name. */
    static List<ImageAsset> images(Connection c, ImageQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                SELECT i.id, i.sha256, i.file_name, i.stored_path, i.width, i.height, i.format, i.size_bytes,
                       i.imported_at
                FROM image i WHERE 1 = 1""");
        List<Object> args = new ArrayList<>();
        if (query.filter() instanceof ImageQuery.LabelFilter.Unlabelled) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM annotation a WHERE a.image_id = i.id)");
        } else if (query.filter() instanceof ImageQuery.LabelFilter.OfClass of) {
            sql.append(" AND EXISTS (SELECT 1 FROM annotation a WHERE a.image_id = i.id AND a.class_id = ?)");
            args.add(of.classId());
        }
        if (!query.nameContains().isEmpty()) {
            sql.append(" AND i.file_name LIKE ? ESCAPE '\\'");
            args.add("%" + escapeLike(query.nameContains()) + "%");
        }
        sql.append(" ORDER BY i.id");
        // Two plain scans (labels, then images) are much faster than a correlated sub-query per image.
        Map<Long, List<Long>> tags = classesByImage(c);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int k = 0; k < args.size(); k++) {
                ps.setObject(k + 1, args.get(k));
            }
            List<ImageAsset> out = new ArrayList<>();
            // Images of one import batch share a timestamp: parse each distinct text once.
            String lastText = "";
            Instant lastInstant = Instant.EPOCH;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String importedAt = rs.getString(9);
                    if (!importedAt.equals(lastText)) {
                        lastText = importedAt;
                        lastInstant = Instant.parse(importedAt);
                    }
                    out.add(new ImageAsset(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getLong(8),
                            lastInstant, tags.getOrDefault(id, List.of())));
                }
            }
            return out;
        }
    }

    private static Map<Long, List<Long>> classesByImage(Connection c) throws SQLException {
        Map<Long, List<Long>> tags = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT image_id, class_id "
                + "FROM annotation WHERE " + ClassKinds.sql("kind") + " ORDER BY image_id, class_id")) {
            while (rs.next()) {
                tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(1)).add(rs.getLong(2));
            }
        }
        return tags;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
