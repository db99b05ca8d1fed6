package org.whiskerstudio.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settings that outlive a session. Immutable; "with" methods return changed copies.
 *
 * @param recentProjects most recent first, absolute paths
 * @param lastProject    the project open when the studio was last closed ("" for none)
 * @param tourDone       the guided tour of the pipeline was finished or skipped (it is then only shown on request)
 * @param theme          light, dark or the desktop's preference; a settings file from before themes follows the desktop
 */
public record StudioSettings(List<String> recentProjects, String lastProject, WindowGeometry window, boolean tourDone,
                             ThemeChoice theme) {
    public static final int MAX_RECENT = 10;

    public StudioSettings {
        recentProjects = recentProjects == null ? List.of() : List.copyOf(recentProjects);
        lastProject = lastProject == null ? "" : lastProject;
        window = window == null ? WindowGeometry.DEFAULT : window;
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
    }

    public StudioSettings(List<String> recentProjects, String lastProject, WindowGeometry window) {
        this(recentProjects, lastProject, window, false, ThemeChoice.SYSTEM);
    }

    public static StudioSettings defaults() {
        return new StudioSettings(List.of(), "", WindowGeometry.DEFAULT);
    }

    /** Window position and size; NaN position means "let the system place it". */
    public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
        public static final WindowGeometry DEFAULT = new WindowGeometry(Double.NaN, Double.NaN, 1280, 800, false);

        public WindowGeometry {
            // Absurd sizes (a hand-edited or damaged file) fall back to something usable.
            if (!(width >= 640 && width <= 20_000)) {
                width = 1280;
            }
            if (!(height >= 480 && height <= 20_000)) {
                height = 800;
            }
        }
    }

    public List<Path> recentPaths() {
        return recentProjects.stream().map(Path::of).toList();
    }

    public Optional<Path> lastProjectPath() {
        return lastProject.isEmpty() ? Optional.empty() : Optional.of(Path.of(lastProject));
    }

    public StudioSettings withOpened(Path project) {
        String p = project.toAbsolutePath().normalize().toString();
        List<String> recent = new ArrayList<>(recentProjects);
        recent.remove(p);
        recent.add(0, p);
        return new StudioSettings(recent.subList(0, Math.min(MAX_RECENT, recent.size())), p, window, tourDone, theme);
    }

    public StudioSettings withoutRecent(Path project) {
        String p = project.toAbsolutePath().normalize().toString();
        List<String> recent = new ArrayList<>(recentProjects);
        recent.remove(p);
        return new StudioSettings(recent, lastProject.equals(p) ? "" : lastProject, window, tourDone, theme);
    }

    public StudioSettings withLastProject(Optional<Path> project) {
        return new StudioSettings(recentProjects, project.map(p -> p.toAbsolutePath().normalize().toString()).orElse(""), window,
                tourDone, theme);
    }

    public StudioSettings withWindow(WindowGeometry geometry) {
        return new StudioSettings(recentProjects, lastProject, geometry, tourDone, theme);
    }

    public StudioSettings withTourDone(boolean done) {
        return new StudioSettings(recentProjects, lastProject, window, done, theme);
    }

    public StudioSettings withTheme(ThemeChoice choice) {
        return new StudioSettings(recentProjects, lastProject, window, tourDone, choice);
    }
}
