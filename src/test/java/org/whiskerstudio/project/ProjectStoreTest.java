package org.whiskerstudio.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {
    @TempDir
    Path tmp;

    @Test
    void reopenedProjectKeepsNameImagesAndClasses() {
        Path folder = tmp.resolve("cats");
        try (ProjectStore store = ProjectStore.create(folder, "Cats vs dogs")) {
            store.ensureLabelClass("cat");
            store.addImages(List.of(NewImages.tagged("a", "a.png", "cat"), NewImages.tagged("b", "b.png", "dog"),
                    NewImages.unlabelled("c", "c.png")));
        }

        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals("Cats vs dogs", store.name());
            assertEquals(3, store.imageCount());
            assertEquals(List.of("a.png", "b.png", "c.png"),
                    store.images(ImageQuery.ALL).stream().map(ImageAsset::fileName).toList());
            assertEquals(List.of("cat", "dog"), store.labelClasses().stream().map(LabelClass::name).toList());
            assertEquals(Migrations.LATEST, store.schemaVersion());
        }
    }

    @Test
    void createLaysOutDatabaseImagesAndRunsFolders() {
        Path folder = tmp.resolve("new-project");
        try (ProjectStore store = ProjectStore.create(folder, "p")) {
            assertTrue(Files.isRegularFile(folder.resolve("project.db")));
            assertTrue(Files.isDirectory(folder.resolve("images")));
            assertTrue(Files.isDirectory(folder.resolve("runs")));
            assertEquals(folder.toAbsolutePath().normalize(), store.layout().root());
        }
    }

    @Test
    void databaseUsesWriteAheadLogging() throws SQLException {
        Path folder = tmp.resolve("p");
        ProjectStore.create(folder, "p").close();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("project.db"))) {
            assertEquals("wal", single(c, "PRAGMA journal_mode"));
        }
    }

    @Test
    void openingFolderWithoutDatabaseSaysItIsNotAProject() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("holiday-photos"));

        ProjectException e = assertThrows(ProjectException.class, () -> ProjectStore.open(folder));

        assertTrue(e.getMessage().contains("not a Whisker Studio project"), e.getMessage());
        assertTrue(Files.notExists(folder.resolve("project.db")), "opening must not create a database");
    }

    @Test
    void openingMissingFolderFailsClearly() {
        Path folder = tmp.resolve("nowhere");

        ProjectException e = assertThrows(ProjectException.class, () -> ProjectStore.open(folder));

        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
        assertTrue(Files.notExists(folder));
    }

    @Test
    void openingGarbageDatabaseFailsAndLeavesTheFileUntouched() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("broken"));
        byte[] garbage = new byte[3000];
        new Random(42).nextBytes(garbage);
        Path db = folder.resolve("project.db");
        Files.write(db, garbage);

        ProjectException e = assertThrows(ProjectException.class, () -> ProjectStore.open(folder));

        assertTrue(e.getMessage().contains(db.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a database"), e.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(db));
    }

    @Test
    void openingForeignSqliteDatabaseSaysItIsNotAProject() throws SQLException {
        Path folder = tmp.resolve("other-app");
        foreignDatabase(folder);

        ProjectException e = assertThrows(ProjectException.class, () -> ProjectStore.open(folder));

        assertTrue(e.getMessage().contains("not a Whisker Studio project"), e.getMessage());
    }

    @Test
    void openingForeignSqliteDatabaseLeavesItsJournalModeAlone() throws SQLException, IOException {
        Path folder = tmp.resolve("other-app");
        foreignDatabase(folder);
        byte[] before = Files.readAllBytes(folder.resolve("project.db"));

        assertThrows(ProjectException.class, () -> ProjectStore.open(folder));

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("project.db"))) {
            assertEquals("delete", single(c, "PRAGMA journal_mode"));
        }
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("project.db")));
    }

    @Test
    void openingZeroByteDatabaseIsRefusedAndLeavesItEmpty() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("empty-db"));
        Files.write(folder.resolve("project.db"), new byte[0]);

        ProjectException e = assertThrows(ProjectException.class, () -> ProjectStore.open(folder));

        assertTrue(e.getMessage().contains("not a Whisker Studio project"), e.getMessage());
        assertEquals(0, Files.size(folder.resolve("project.db")));
    }

    @Test
    void openingProjectFromNewerVersionIsRefusedAndLeftAsItWas() throws SQLException {
        Path folder = tmp.resolve("future");
        ProjectStore.create(folder, "p").close();
        int future = Migrations.LATEST + 1;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("project.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + future);
        }

        ProjectException e = assertThrows(ProjectException.class, () -> ProjectStore.open(folder));

        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("project.db"))) {
            assertEquals(String.valueOf(future), single(c, "PRAGMA user_version"));
        }
    }

    @Test
    void creatingWhereProjectExistsIsRefusedAndKeepsTheOldProject() {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "original")) {
            store.addImages(List.of(NewImages.unlabelled("a", "a.png")));
        }

        ProjectException e = assertThrows(ProjectException.class, () -> ProjectStore.create(folder, "replacement"));

        assertTrue(e.getMessage().contains("already holds a project"), e.getMessage());
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals("original", store.name());
            assertEquals(1, store.imageCount());
        }
    }

    @Test
    void freshProjectPassesIntegrityCheck() {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "p")) {
            assertEquals("ok", store.integrityCheck());
        }
    }

    private static void foreignDatabase(Path folder) throws SQLException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("project.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes(name TEXT)");
            s.execute("INSERT INTO recipes VALUES ('soup')");
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), "no row from " + sql);
            return rs.getString(1);
        }
    }
}
