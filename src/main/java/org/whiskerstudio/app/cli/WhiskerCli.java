package org.whiskerstudio.app.cli;

import java.io.PrintWriter;
import java.util.Set;
import org.whiskerstudio.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code whisker}: the studio's services for scripts and servers. */
@Command(name = "whisker", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Whisker Studio on the command line. Run without arguments to open the studio.",
        subcommands = {CreateCommand.class, ImportCommand.class, ExportCommand.class, TrainCommand.class, EvaluateCommand.class, BundleCommand.class, ExportOnnxCommand.class, InfoCommand.class, BenchCommand.class,
                PredictCommand.class, ServeCommand.class, GenerateCommand.class, GenerateTextCommand.class, SuggestCommand.class,
                MistakesCommand.class, CacheCommand.class, MapCommand.class,
                CommandLine.HelpCommand.class})
public final class WhiskerCli implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new WhiskerCli());
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            // Errors meant for the user (a bad project, a missing folder) are printed as one line, not a trace.
            commandLine.getErr().println("error: " + e.getMessage());
            return 1;
        });
        return cli;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs with the given output streams (tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    public static Set<String> commandNames() {
        return commandLine().getSubcommands().keySet();
    }
}
