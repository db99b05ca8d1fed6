package org.whiskerstudio.app;

import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.whiskerstudio.app.cli.WhiskerCli;
import org.whiskerstudio.architecture.dl4j.Dl4jRuntime;

/**
 * The plain main class. With a command ({@code import}, {@code info}, ...) it runs the command line and
 * never starts the toolkit; otherwise it opens the studio, with an optional project folder to open.
 */
public final class Launcher {
    /** Held so the level sticks: java.util.logging keeps loggers only weakly. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.nd4j"), Logger.getLogger("org.deeplearning4j"));

    private Launcher() {
    }

    public static void main(String[] args) {
        // The engine's start-up banner (backend, BLAS vendor, build flags) is noise on a terminal; warnings stay.
        QUIET.forEach(l -> l.setLevel(Level.WARNING));
        // Before anything loads ND4J's native library: OpenMP reads its wait policy once, when it is loaded.
        Dl4jRuntime.configure();
        if (args.length > 0 && isCommand(args[0])) {
            System.exit(WhiskerCli.run(args));
        }
        StudioApp.launchWith(args);
    }

    static boolean isCommand(String first) {
        return first.startsWith("-") || WhiskerCli.commandNames().contains(first) || Set.of("help").contains(first);
    }
}
