package org.whiskerstudio.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path temp;

    @Test
    void savedSettingsComeBackIncludingWindowAndLastProject() {
        SettingsStore store = new SettingsStore(temp);
        StudioSettings s = StudioSettings.defaults().withOpened(Path.of("/p/one")).withOpened(Path.of("/p/two"))
                .withWindow(new StudioSettings.WindowGeometry(10, 20, 1000, 700, true));
        store.save(s);
        StudioSettings loaded = new SettingsStore(temp).load();
        assertEquals(List.of(Path.of("/p/two"), Path.of("/p/one")), loaded.recentPaths());
        assertEquals(Optional.of(Path.of("/p/two")), loaded.lastProjectPath());
        assertEquals(new StudioSettings.WindowGeometry(10, 20, 1000, 700, true), loaded.window());
    }

    @Test
    void theThemeChoiceIsKeptAndAFileFromBeforeThemesFollowsTheDesktop() throws IOException {
        new SettingsStore(temp).save(StudioSettings.defaults().withTheme(ThemeChoice.DARK).withOpened(Path.of("/p/a")));
        assertEquals(ThemeChoice.DARK, new SettingsStore(temp).load().theme(), "kept through later changes");
        Files.writeString(temp.resolve("settings.json"), "{\"recentProjects\":[\"/p/a\"],\"lastProject\":\"\"}");
        assertEquals(ThemeChoice.SYSTEM, new SettingsStore(temp).load().theme());
    }

    @Test
    void reopeningMovesAProjectToTheTopWithoutDuplicatesAndKeepsTen() {
        StudioSettings s = StudioSettings.defaults();
        for (int i = 0; i < 15; i++) {
            s = s.withOpened(Path.of("/p/" + i));
        }
        s = s.withOpened(Path.of("/p/7"));
        assertEquals(StudioSettings.MAX_RECENT, s.recentProjects().size());
        assertEquals(Path.of("/p/7"), s.recentPaths().get(0));
        assertEquals(1, s.recentProjects().stream().filter(p -> p.equals("/p/7")).count());
    }

    @Test
    void damagedFileGivesDefaultsAndIsKeptAside() throws IOException {
        Files.writeString(temp.resolve("settings.json"), "{ this is not json");
        assertEquals(StudioSettings.defaults(), new SettingsStore(temp).load());
        assertEquals("{ this is not json", Files.readString(temp.resolve("settings.json.damaged")));
    }

    @Test
    void absurdWindowSizesFallBackToUsableOnes() {
        StudioSettings.WindowGeometry g = new StudioSettings.WindowGeometry(0, 0, -5, 1e9, false);
        assertTrue(g.width() >= 640 && g.height() >= 480 && g.height() <= 20_000);
    }
}
