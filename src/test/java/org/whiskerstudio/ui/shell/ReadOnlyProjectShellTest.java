package org.whiskerstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ReadOnlyProjects;
import org.whiskerstudio.settings.SettingsStore;
import org.whiskerstudio.testing.SmallDisk;
import org.whiskerstudio.ui.common.Notifier;

/** The studio opens a project on a read-only disk to read, says so over every screen, and refuses edits cleanly. */
class ReadOnlyProjectShellTest {
    @TempDir
    Path temp;

    @Test
    void aReadOnlyProjectOpensWithItsBannerAndAnEditIsRefusedWithTheReason() throws IOException {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("share"), 2048)) {
            Path project = ReadOnlyProjects.make(disk);
            ShellViewModel model = new ShellViewModel(TaskExecutor.direct(), new SettingsStore(temp.resolve("config")),
                    temp.resolve("projects"));
            List<String> errors = new ArrayList<>();
            model.setNotifier(new Notifier() {
                @Override
                public void error(String title, String message) {
                    errors.add(title + ": " + message);
                }

                @Override
                public void info(String title, String message) {
                }
            });

            model.openProject(project);

            assertEquals(List.of(), errors);
            assertTrue(model.session().orElseThrow().store().readOnly());
            assertEquals("This project is read-only: its folder " + project + " is on a read-only disk. You can look, "
                    + "evaluate and export elsewhere; changes are off.", model.readOnlyBannerProperty().get());
            Path photo = temp.resolve("photo.png");
            Files.write(photo, DatasetFixture.png(8, 8, Color.GRAY));
            assertTrue(model.handleDrop(List.of(photo)), "an import is started, and refused");
            assertTrue(model.library().importStatusProperty().get().startsWith("Import failed: This project is "
                    + "read-only: its folder " + project + " is on a read-only disk. Nothing was changed"),
                    model.library().importStatusProperty().get());
            model.closeProject();
            assertEquals("", model.readOnlyBannerProperty().get(), "no banner without a project");
            model.shutdown();
        }
    }
}
