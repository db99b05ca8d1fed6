package org.whiskerstudio.app;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.nio.file.Path;
import org.whiskerstudio.app.cli.WhiskerCli;
import org.whiskerstudio.architecture.dl4j.Dl4jRuntime;
import org.whiskerstudio.project.ProjectLock;

/**
 * The plain main class. With a command ({@code import}, {@code info}, ...) it runs the command line and
 * never starts the toolkit; otherwise it opens the studio, with an optional project folder (or its project.db) to
 * open. {@code --startup-time} opens the studio on its welcome screen, prints how long the window took, and quits.
 */
public final class Launcher {
    /** Opens the window, prints the time from process start to the first drawn frame, and quits. */
    public static final String STARTUP_TIME = "--startup-time";
    /** Held so the level sticks: java.util.logging keeps loggers only weakly. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.nd4j"), Logger.getLogger("org.deeplearning4j"));
    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupClock.mark("main");
        // First: everything below (settings, logs, samples, the engine's native cache) finds its folders from it.
        UserHome.apply();
        // The engine's start-up banner (backend, BLAS vendor, build flags) is noise on a terminal; warnings stay.
        QUIET.forEach(l -> l.setLevel(Level.WARNING));
        boolean measure = args.length > 0 && args[0].equals(STARTUP_TIME);
        if (!measure && args.length > 0 && isCommand(args[0])) {
            // Before anything loads ND4J's native library: OpenMP reads its wait policy once, when it is loaded.
            Dl4jRuntime.configure();
            // A project this command opens for writing names it to a second writer ("open in whisker train").
            ProjectLock.program("whisker " + args[0]);
            System.exit(WhiskerCli.run(MapViewBench::addTo, args));
        }
        StartupWarmUp.start();
        Optional<Path> log = AppLog.install(AppLog.defaultDir());
        LOG.info(() -> "Whisker Studio " + version() + " starting on Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.home") + "), max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MB, log " + log.map(Path::toString).orElse("(none)"));
        CrashDialog.install(log);
        log.map(Path::getParent).ifPresent(dir -> CrashTraces.collect(CrashTraces.usualPlaces(), dir));
        StartupClock.mark("launch");
        try {
            StudioApp.launchWith(measure ? Arrays.copyOfRange(args, 1, args.length) : args, measure);
        } catch (RuntimeException | Error e) {
            // The toolkit could not start (no display, missing GTK ...): no dialog is possible, so say it here.
            LOG.log(Level.SEVERE, "The studio could not start", e);
            System.err.println(CrashHandler.message(e, log));
            System.exit(1);
        }
    }

    static boolean isCommand(String first) {
        return first.startsWith("-") || WhiskerCli.commandNames().contains(first) || Set.of("help").contains(first);
    }

    static String version() {
        String v = Launcher.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
