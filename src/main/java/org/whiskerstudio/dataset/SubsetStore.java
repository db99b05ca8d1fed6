package org.whiskerstudio.dataset;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.whiskerstudio.project.ProjectStore;

/**
 * The stored train/validation/test part of each image ({@code image_subset}), each with where it came from. A
 * synthetic image (made by a GAN, {@code image.generated_by} set) is stored as train whatever part it is given: a
 * model must never be validated or tested on images a model made.
 */
public final class SubsetStore {
    /** Who decided an image's part: the imported dataset's own folders, or the studio's planner. */
    public enum Origin {
        DATASET("dataset"), PLANNED("planned");

        private final String key;

        Origin(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        static Origin fromKey(String key) {
            return key.equals(DATASET.key) ? DATASET : PLANNED;
        }
    }

    /** One image's part and its origin. */
    public record Assignment(Subset subset, Origin origin) {
    }

    private final ProjectStore store;

    public SubsetStore(ProjectStore store) {
        this.store = store;
    }

    /** Forces a synthetic image's part to train inside an insert's SELECT (parameter: the part asked for). */
    private static final String PART_OF = "CASE WHEN generated_by IS NULL THEN ? ELSE 'train' END";

    /** Every stored assignment, by image id. */
    public Map<Long, Assignment> all() {
        return store.read(c -> {
            Map<Long, Assignment> out = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT image_id, subset, origin FROM image_subset")) {
                while (rs.next()) {
                    Subset subset = Subset.fromKey(rs.getString(2)).orElse(Subset.TRAIN);
                    out.put(rs.getLong(1), new Assignment(subset, Origin.fromKey(rs.getString(3))));
                }
            }
            return out;
        });
    }

    /** Adds planned assignments for images that have none; an image already assigned keeps its part. */
    public int addPlanned(Map<Long, Subset> subsets) {
        return insert(subsets, Origin.PLANNED, "INSERT OR IGNORE");
    }

    /**
     * Records the parts a dataset's own folders or files gave. They replace planned parts (the dataset's split is
     * the one results are compared on) but never another dataset's.
     */
    public int recordFromDataset(Map<Long, Subset> subsets) {
        return store.write(c -> {
            int changed = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO image_subset(image_id, subset, origin)
                    SELECT id, %s, 'dataset' FROM image WHERE id = ?
                    ON CONFLICT(image_id) DO UPDATE SET subset = excluded.subset, origin = 'dataset'
                    WHERE image_subset.origin = 'planned'""".formatted(PART_OF))) {
                for (Map.Entry<Long, Subset> e : subsets.entrySet()) {
                    ps.setString(1, e.getValue().key());
                    ps.setLong(2, e.getKey());
                    changed += ps.executeUpdate();
                }
            }
            return changed;
        });
    }

    /** Moves images to another part as planned ones (validation drawn from a dataset's train part). */
    public void movePlanned(Map<Long, Subset> subsets) {
        insert(subsets, Origin.PLANNED, "INSERT OR REPLACE");
    }

    /** Forgets every planned assignment, keeping the dataset's; the next split plans those images afresh. */
    public int clearPlanned() {
        return store.write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("DELETE FROM image_subset WHERE origin = 'planned'");
            }
        });
    }

    private int insert(Map<Long, Subset> subsets, Origin origin, String verb) {
        if (subsets.isEmpty()) {
            return 0;
        }
        return store.write(c -> {
            int changed = 0;
            try (PreparedStatement ps = c.prepareStatement(verb + " INTO image_subset(image_id, subset, origin) SELECT id, "
                    + PART_OF + ", ? FROM image WHERE id = ?")) {
                for (Map.Entry<Long, Subset> e : subsets.entrySet()) {
                    ps.setString(1, e.getValue().key());
                    ps.setString(2, origin.key());
                    ps.setLong(3, e.getKey());
                    changed += ps.executeUpdate();
                }
            }
            return changed;
        });
    }
}
