package org.whiskerstudio.project;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema's history. Each entry brings the schema from version {@code index} to {@code index + 1}
 * inside one transaction together with {@code PRAGMA user_version}, so a killed upgrade leaves the old schema.
 * Never edit a published step: add a new one.
 */
final class Migrations {
    static final List<List<String>> STEPS = List.of(
            List.of(
                    "CREATE TABLE project_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    """
                    CREATE TABLE label_class(
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                        color TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        created_at TEXT NOT NULL)""",
                    """
                    CREATE TABLE image(
                        id INTEGER PRIMARY KEY,
                        sha256 TEXT NOT NULL UNIQUE,
                        file_name TEXT NOT NULL,
                        stored_path TEXT NOT NULL,
                        source_path TEXT,
                        width INTEGER NOT NULL,
                        height INTEGER NOT NULL,
                        format TEXT NOT NULL,
                        size_bytes INTEGER NOT NULL,
                        imported_at TEXT NOT NULL)""",
                    """
                    CREATE TABLE annotation(
                        id INTEGER PRIMARY KEY,
                        image_id INTEGER NOT NULL REFERENCES image(id) ON DELETE CASCADE,
                        class_id INTEGER NOT NULL REFERENCES label_class(id) ON DELETE CASCADE,
                        kind TEXT NOT NULL CHECK (kind IN ('tag', 'box', 'polygon')),
                        geometry TEXT,
                        created_at TEXT NOT NULL)""",
                    "CREATE INDEX annotation_image ON annotation(image_id)",
                    "CREATE INDEX annotation_class ON annotation(class_id)",
                    "CREATE UNIQUE INDEX annotation_one_tag ON annotation(image_id, class_id) WHERE kind = 'tag'"),
            List.of(
                    // Labelling: a reviewed mark per image, and annotation flags (COCO iscrowd, VOC difficult).
                    "ALTER TABLE image ADD COLUMN reviewed_at TEXT",
                    "ALTER TABLE annotation ADD COLUMN flags TEXT NOT NULL DEFAULT ''"),
            List.of(
                    // Architectures: named layer graphs as JSON.
                    """
                    CREATE TABLE architecture(
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE,
                        json TEXT NOT NULL,
                        updated_at TEXT NOT NULL)"""),
            List.of(
                    // Training: which part of the data each image belongs to (kept across runs so the test set stays
                    // unseen; 'dataset' when the imported dataset said so, 'planned' when the studio drew it), and runs.
                    """
                    CREATE TABLE image_subset(
                        image_id INTEGER PRIMARY KEY REFERENCES image(id) ON DELETE CASCADE,
                        subset TEXT NOT NULL CHECK (subset IN ('train', 'val', 'test')),
                        origin TEXT NOT NULL CHECK (origin IN ('dataset', 'planned')))""",
                    """
                    CREATE TABLE training_run(
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        architecture_name TEXT NOT NULL,
                        architecture_json TEXT NOT NULL,
                        config_json TEXT NOT NULL,
                        status TEXT NOT NULL,
                        message TEXT NOT NULL DEFAULT '',
                        created_at TEXT NOT NULL,
                        updated_at TEXT NOT NULL,
                        duration_ms INTEGER NOT NULL DEFAULT 0,
                        epochs_done INTEGER NOT NULL DEFAULT 0,
                        best_epoch INTEGER,
                        best_val_loss REAL,
                        best_val_accuracy REAL,
                        provenance_json TEXT NOT NULL DEFAULT '{}')"""),
            List.of(
                    // GANs: an image a generator made carries the run that made it (NULL = a real image), so the
                    // split keeps it out of validation and test; a run records what it trained (classifier, gan).
                    "ALTER TABLE image ADD COLUMN generated_by TEXT",
                    "ALTER TABLE training_run ADD COLUMN kind TEXT NOT NULL DEFAULT 'classifier'"),
            List.of(
                    // Character models: runs so far were stored as classifiers; only their architecture snapshot
                    // tells a character model apart, so training.RunStore settles these rows when it first reads them.
                    "UPDATE training_run SET kind = 'unsettled' WHERE kind = 'classifier'"),
            List.of(
                    // Model in the loop: what one classifier run suggests for each unlabelled image. One run's
                    // suggestions at a time: suggesting again replaces them all, and they go with their image or run.
                    """
                    CREATE TABLE suggestion(
                        image_id INTEGER PRIMARY KEY REFERENCES image(id) ON DELETE CASCADE,
                        run_id INTEGER NOT NULL REFERENCES training_run(id) ON DELETE CASCADE,
                        class_name TEXT NOT NULL,
                        probability REAL NOT NULL,
                        top_json TEXT NOT NULL,
                        margin REAL NOT NULL,
                        entropy REAL NOT NULL,
                        created_at TEXT NOT NULL)""",
                    "CREATE INDEX suggestion_margin ON suggestion(margin)"),
            List.of(
                    // Label provenance: where each label came from. New rows are typed unless their writer says
                    // otherwise; labels made before this step are of unknown origin, and say so.
                    "ALTER TABLE annotation ADD COLUMN source TEXT NOT NULL DEFAULT 'typed' CHECK (source IN "
                            + "('typed', 'suggested', 'imported', 'generated', 'unknown'))",
                    // The run that suggested or generated it (kept after the run is deleted: it is history), the
                    // probability an accepted suggestion had, the format an import read.
                    "ALTER TABLE annotation ADD COLUMN source_run INTEGER",
                    "ALTER TABLE annotation ADD COLUMN source_probability REAL",
                    "ALTER TABLE annotation ADD COLUMN source_format TEXT",
                    "UPDATE annotation SET source = 'unknown'"),
            List.of(
                    // Possible label mistakes: a label the person confirmed ("Keep") although a run disagreed with
                    // it. It hides the example from the list while the image still carries that class; the run that
                    // flagged it is kept as history (not a reference: the keep outlives the run).
                    """
                    CREATE TABLE label_keep(
                        image_id INTEGER PRIMARY KEY REFERENCES image(id) ON DELETE CASCADE,
                        class_name TEXT NOT NULL COLLATE NOCASE,
                        run_id INTEGER NOT NULL,
                        kept_at TEXT NOT NULL)"""),
            List.of(
                    // Shapes: points, lines, circles and objects in parts join tags, boxes and polygons. SQLite
                    // cannot change a CHECK in place, so the table is rebuilt with the same columns, rows and ids
                    // (nothing refers to annotation rows, so dropping the old table cascades nowhere).
                    """
                    CREATE TABLE annotation_next(
                        id INTEGER PRIMARY KEY,
                        image_id INTEGER NOT NULL REFERENCES image(id) ON DELETE CASCADE,
                        class_id INTEGER NOT NULL REFERENCES label_class(id) ON DELETE CASCADE,
                        kind TEXT NOT NULL CHECK (kind IN ('tag', 'box', 'polygon', 'point', 'line', 'circle', 'parts')),
                        geometry TEXT,
                        created_at TEXT NOT NULL,
                        flags TEXT NOT NULL DEFAULT '',
                        source TEXT NOT NULL DEFAULT 'typed' CHECK (source IN
                            ('typed', 'suggested', 'imported', 'generated', 'unknown')),
                        source_run INTEGER,
                        source_probability REAL,
                        source_format TEXT)""",
                    "INSERT INTO annotation_next(id, image_id, class_id, kind, geometry, created_at, flags, source, "
                            + "source_run, source_probability, source_format) SELECT id, image_id, class_id, kind, "
                            + "geometry, created_at, flags, source, source_run, source_probability, source_format "
                            + "FROM annotation",
                    "DROP TABLE annotation",
                    "ALTER TABLE annotation_next RENAME TO annotation",
                    "CREATE INDEX annotation_image ON annotation(image_id)",
                    "CREATE INDEX annotation_class ON annotation(class_id)",
                    "CREATE UNIQUE INDEX annotation_one_tag ON annotation(image_id, class_id) WHERE kind = 'tag'"));

    static final int LATEST = STEPS.size();

    private Migrations() {
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies every step above the current version, one transaction per step. */
    static void upgrade(Connection c) throws SQLException {
        for (int v = version(c); v < LATEST; v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : STEPS.get(v)) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }
}
