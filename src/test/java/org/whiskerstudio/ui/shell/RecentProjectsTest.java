package org.whiskerstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.settings.SettingsStore;

class RecentProjectsTest {
    @TempDir
    Path temp;

    /** The welcome screen and the File menu listen once, at start; a garbage collection must not silence them. */
    @Test
    void aListenerAddedAtStartHearsAProjectOpenedLater() throws InterruptedException {
        ShellViewModel model = new ShellViewModel(TaskExecutor.direct(), new SettingsStore(temp.resolve("config")),
                temp.resolve("projects"));
        List<List<Path>> heard = new ArrayList<>();
        model.recentProjects().addListener((ListChangeListener<Path>) c -> heard.add(List.copyOf(c.getList())));
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }

        model.createProject(temp.resolve("projects").resolve("First"), "First");

        Path first = temp.resolve("projects").resolve("First").toAbsolutePath().normalize();
        assertEquals(List.of(first), heard.get(heard.size() - 1));
        model.shutdown();
    }
}
