package org.whiskerstudio.app;

import java.util.Set;
import org.whiskerstudio.app.cli.WhiskerCli;

/**
 * The plain main class. With a command ({@code import}, {@code info}, ...) it runs the command line and
 * never starts the toolkit; otherwise it opens the studio, with an optional project folder to open.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && isCommand(args[0])) {
            System.exit(WhiskerCli.run(args));
        }
        StudioApp.launchWith(args);
    }

    static boolean isCommand(String first) {
        return first.startsWith("-") || WhiskerCli.commandNames().contains(first) || Set.of("help").contains(first);
    }
}
