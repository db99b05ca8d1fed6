package org.whiskerstudio.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.common.Json;

/** Reads and writes {@link StudioSettings} as JSON in the user's config folder, atomically. */
public final class SettingsStore {
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    private final Path file;

    public SettingsStore(Path configDir) {
        this.file = configDir.resolve("settings.json");
    }

    /** The config folder: {@code -Dwhisker.config.dir}, else {@code $XDG_CONFIG_HOME/whisker-studio}, else {@code ~/.config/whisker-studio}. */
    public static Path defaultConfigDir() {
        String override = System.getProperty("whisker.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("whisker-studio");
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or defaults when there are none or the file is damaged (never fails). */
    public StudioSettings load() {
        if (!Files.isRegularFile(file)) {
            return StudioSettings.defaults();
        }
        try {
            return Json.mapper().readValue(file.toFile(), StudioSettings.class);
        } catch (IOException | RuntimeException e) {
            // Keep the damaged file for the curious; the next save would otherwise overwrite it.
            Path kept = file.resolveSibling("settings.json.damaged");
            LOG.log(Level.WARNING, "Unreadable settings file " + file + " (kept as " + kept + "): " + e.getMessage());
            try {
                Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.log(Level.WARNING, "Cannot keep the damaged settings file: " + moveFailed.getMessage());
            }
            return StudioSettings.defaults();
        }
    }

    public void save(StudioSettings settings) {
        try {
            AtomicFiles.write(file, Json.mapper().writeValueAsBytes(settings));
        } catch (IOException e) {
            // Losing a recent-projects list is not worth interrupting the user for.
            LOG.log(Level.WARNING, "Cannot save settings to " + file + ": " + e.getMessage());
        }
    }
}
