package org.whiskerstudio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    @TempDir
    Path temp;

    @Test
    void aVersionOneProjectUpgradesKeepingItsImagesAndTags() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("old"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("project.db"));
             Statement s = c.createStatement()) {
            for (String sql : Migrations.STEPS.get(0)) {
                s.execute(sql);
            }
            s.execute("PRAGMA user_version = 1");
            s.execute("INSERT INTO project_meta VALUES ('format', '" + ProjectStore.FORMAT_VALUE + "'), ('name', 'old')");
            s.execute("INSERT INTO label_class VALUES (1, 'cat', '#ff0000', 0, 'now')");
            s.execute("INSERT INTO image VALUES (1, 'aa', 'a.jpg', 'images/aa.jpg', null, 4, 3, 'jpg', 10, '2026-01-01T00:00:00Z')");
            s.execute("INSERT INTO annotation(id, image_id, class_id, kind, geometry, created_at) VALUES (1, 1, 1, 'tag', null, 'now')");
        }
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals(List.of(1L), store.images(ImageQuery.ALL).get(0).classIds());
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void aVersionFourProjectUpgradesWithItsImagesRealAndItsRunsClassifiers() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("v4"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("project.db"));
             Statement s = c.createStatement()) {
            for (int v = 0; v < 4; v++) {
                for (String sql : Migrations.STEPS.get(v)) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA user_version = 4");
            s.execute("INSERT INTO project_meta VALUES ('format', '" + ProjectStore.FORMAT_VALUE + "'), ('name', 'old')");
            s.execute("INSERT INTO label_class VALUES (1, 'cat', '#ff0000', 0, 'now')");
            s.execute("INSERT INTO image VALUES (1, 'aa', 'a.jpg', 'images/aa.jpg', null, 4, 3, 'jpg', 10, "
                    + "'2026-01-01T00:00:00Z', null)");
            s.execute("INSERT INTO annotation(id, image_id, class_id, kind, geometry, created_at) VALUES (1, 1, 1, 'tag', null, 'now')");
            s.execute("INSERT INTO image_subset VALUES (1, 'test', 'planned')");
            s.execute("INSERT INTO training_run(id, name, architecture_name, architecture_json, config_json, status, "
                    + "created_at, updated_at) VALUES (3, 'LeNet #1', 'LeNet', '{}', '{}', 'COMPLETED', "
                    + "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        }
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals(List.of(1L), store.images(ImageQuery.ALL).get(0).classIds());
            assertEquals(Map.of(), store.generatedImages());
            // Classifiers then; the next step marks them for training.RunStore to tell character models apart.
            assertEquals("unsettled", store.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT kind FROM training_run WHERE id = 3")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
            assertEquals("test", store.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT subset FROM image_subset WHERE image_id = 1")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void aVersionSixProjectUpgradesWithAnEmptySuggestionTableAndItsLabelsOfUnknownOrigin() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("v6"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("project.db"));
             Statement s = c.createStatement()) {
            for (int v = 0; v < 6; v++) {
                for (String sql : Migrations.STEPS.get(v)) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA user_version = 6");
            s.execute("INSERT INTO project_meta VALUES ('format', '" + ProjectStore.FORMAT_VALUE + "'), ('name', 'old')");
            s.execute("INSERT INTO image VALUES (1, 'aa', 'a.jpg', 'images/aa.jpg', null, 4, 3, 'jpg', 10, "
                    + "'2026-01-01T00:00:00Z', null, null)");
            s.execute("INSERT INTO training_run(id, name, architecture_name, architecture_json, config_json, status, "
                    + "created_at, updated_at) VALUES (3, 'LeNet #1', 'LeNet', '{}', '{}', 'COMPLETED', "
                    + "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
            s.execute("INSERT INTO label_class VALUES (1, 'cat', '#ff0000', 0, 'now')");
            s.execute("INSERT INTO image VALUES (2, 'bb', 'b.jpg', 'images/bb.jpg', null, 4, 3, 'jpg', 10, "
                    + "'2026-01-01T00:00:00Z', null, null)");
            s.execute("INSERT INTO annotation(id, image_id, class_id, kind, geometry, created_at) VALUES (1, 2, 1, 'tag', null, 'now')");
        }
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals(0, count(store, "SELECT COUNT(*) FROM suggestion"));
            assertEquals(1, count(store, "SELECT COUNT(*) FROM annotation WHERE source = 'unknown'"),
                    "a label from before provenance is of unknown origin");
            store.write(c -> c.createStatement().executeUpdate("INSERT INTO suggestion VALUES "
                    + "(1, 3, 'cat', 0.9, '[]', 0.8, 0.3, '2026-01-01T00:00:00Z')"));
            store.write(c -> c.createStatement().executeUpdate("DELETE FROM image WHERE id = 1"));
            assertEquals(0, count(store, "SELECT COUNT(*) FROM suggestion"), "a suggestion goes with its image");
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void aVersionNineProjectKeepsEveryLabelRowAndThenTakesPointsLinesCirclesAndParts() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("v9"));
        int shapesStep = 9;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("project.db"));
             Statement s = c.createStatement()) {
            for (int v = 0; v < shapesStep; v++) {
                for (String sql : Migrations.STEPS.get(v)) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA user_version = " + shapesStep);
            s.execute("INSERT INTO project_meta VALUES ('format', '" + ProjectStore.FORMAT_VALUE + "'), ('name', 'old')");
            s.execute("INSERT INTO label_class VALUES (1, 'cat', '#ff0000', 0, 'now')");
            s.execute("INSERT INTO image VALUES (1, 'aa', 'a.jpg', 'images/aa.jpg', null, 40, 30, 'jpg', 10, "
                    + "'2026-01-01T00:00:00Z', null, null)");
            s.execute("INSERT INTO annotation(id, image_id, class_id, kind, geometry, created_at, flags, source, "
                    + "source_run, source_probability, source_format) VALUES (7, 1, 1, 'box', "
                    + "'{\"x1\":1,\"y1\":2,\"x2\":3,\"y2\":4}', 'now', 'crowd', 'suggested', 3, 0.75, null)");
            s.execute("INSERT INTO annotation(id, image_id, class_id, kind, geometry, created_at) VALUES (9, 1, 1, 'tag', null, 'now')");
        }
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals("7|box|crowd|suggested|3|0.75;9|tag||typed||", rows(store,
                    "SELECT id, kind, flags, source, source_run, source_probability FROM annotation ORDER BY id"));
            for (String kind : List.of("point", "line", "circle", "parts")) {
                store.write(c -> c.createStatement().executeUpdate("INSERT INTO annotation(image_id, class_id, kind, "
                        + "geometry, created_at) VALUES (1, 1, '" + kind + "', '{}', 'now')"));
            }
            assertEquals(6, count(store, "SELECT COUNT(*) FROM annotation"));
            assertEquals(2, count(store, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                    + "'annotation' AND name IN ('annotation_image', 'annotation_class')"));
            store.write(c -> c.createStatement().executeUpdate("DELETE FROM image WHERE id = 1"));
            assertEquals(0, count(store, "SELECT COUNT(*) FROM annotation"), "labels still go with their image");
            assertEquals("ok", store.integrityCheck());
        }
    }

    private static String rows(ProjectStore store, String sql) {
        return store.read(c -> {
            StringBuilder out = new StringBuilder();
            try (var rs = c.createStatement().executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    out.append(out.isEmpty() ? "" : ";");
                    for (int i = 1; i <= columns; i++) {
                        out.append(i > 1 ? "|" : "").append(rs.getString(i) == null ? "" : rs.getString(i));
                    }
                }
            }
            return out.toString();
        });
    }

    private static int count(ProjectStore store, String sql) {
        return store.read(c -> {
            try (var rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
