package org.whiskerstudio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.testing.SmallDisk;

/**
 * A project on a read-only file system (which stops root too): opening it for writing is refused with the reason and
 * without trying the lock file; the studio's way of opening reads it, with the reason, and refuses every change.
 */
class ReadOnlyFolderTest {
    @TempDir
    Path temp;

    @Test
    void aProjectOnAReadOnlyDiskOpensToReadOnlyAndRefusesChangesWithTheReason() throws IOException {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("share"), 2048)) {
            Path project = ReadOnlyProjects.make(disk);
            List<String> files = disk.files();
            String why = "This project is read-only: its folder " + project + " is on a read-only disk.";

            ProjectException refused = assertThrows(ProjectException.class, () -> ProjectStore.open(project));
            assertTrue(refused.getMessage().startsWith(why + " Nothing was changed"), refused.getMessage());

            try (ProjectStore store = ProjectStore.openOrReadOnly(project)) {
                assertTrue(store.readOnly());
                assertEquals("This project is read-only: its folder " + project + " is on a read-only disk. You can "
                        + "look, evaluate and export elsewhere; changes are off.",
                        store.readOnlyFolder().orElseThrow().banner());
                assertEquals(6, store.imageCount());
                assertEquals(List.of("dark", "light"), store.labelClasses().stream().map(LabelClass::name).toList());
                ProjectException edit = assertThrows(ProjectException.class, () -> store.ensureLabelClass("cat"));
                assertTrue(edit.getMessage().startsWith(why), edit.getMessage());
                ProjectException imported = assertThrows(ProjectException.class, () -> new ImageImporter(store)
                        .run(ImportRequest.of(List.of(temp)), Progress.NONE, new Cancellation()));
                assertTrue(imported.getMessage().startsWith(why), imported.getMessage());
            }
            try (ProjectStore store = ProjectStore.openReadOnly(project)) {
                assertEquals(6, store.imageCount(), "the commands' read-only open reads it too");
            }
            assertEquals(files, disk.files(), "nothing was written, not even a lock or -shm file");
        }
    }

    @Test
    void aProjectWhoseStudioWasKilledIsReadWithTheChangesItsWalHolds() throws IOException {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("share"), 4096)) {
            Path killed = disk.root().resolve("killed");
            try (ProjectStore store = ProjectStore.create(disk.root().resolve("live"), "live")) {
                DatasetFixture.darkAndLight(store, 3, 8);
                // What a killed studio leaves: the database as last checkpointed, and the WAL with everything since
                // (here even the schema), copied while the store is still open so nothing is checkpointed.
                Files.createDirectories(killed);
                for (String file : List.of(ProjectLayout.DB_FILE, ProjectLayout.DB_FILE + "-wal")) {
                    Files.copy(store.layout().root().resolve(file), killed.resolve(file));
                }
            }
            assertTrue(Files.size(killed.resolve(ProjectLayout.DB_FILE + "-wal")) > 0, "the WAL holds changes");
            disk.remountReadOnly();
            List<String> files = disk.files();

            try (ProjectStore store = ProjectStore.openOrReadOnly(killed)) {
                assertTrue(store.readOnly());
                assertEquals(6, store.imageCount(), "the changes in the WAL are seen");
                assertEquals(List.of("dark", "light"), store.labelClasses().stream().map(LabelClass::name).toList());
            }
            assertEquals(files, disk.files(), "the read-only folder is left as it was");
        }
    }

    @Test
    void aWritableFolderOpensForWriting() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            DatasetFixture.rows(store, "a", 1, "cat");
        }
        try (ProjectStore store = ProjectStore.openOrReadOnly(temp.resolve("p"))) {
            assertTrue(!store.readOnly() && store.readOnlyFolder().isEmpty());
            store.ensureLabelClass("dog");
        }
    }
}
