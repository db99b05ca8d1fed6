package org.whiskerstudio.app.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.function.Consumer;
import org.whiskerstudio.common.DiskFullException;
import org.whiskerstudio.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code whisker}: the studio's services for scripts and servers. */
@Command(name = "whisker", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Whisker Studio on the command line. Run without arguments to open the studio.",
        subcommands = {CreateCommand.class, ImportCommand.class, ExportCommand.class, TrainCommand.class, EvaluateCommand.class, BundleCommand.class, ExportOnnxCommand.class, InfoCommand.class, BenchCommand.class,
                PredictCommand.class, ServeCommand.class, GenerateCommand.class, GenerateTextCommand.class, SuggestCommand.class,
                MistakesCommand.class, CacheCommand.class, MapCommand.class, RlCommand.class,
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
            // Errors meant for the user (a bad project, a missing folder) are printed as one line, not a trace; a full
            // disk as the sentence that names the file, whatever wraps it.
            commandLine.getErr().println("error: " + DiskFullException.explain(e).orElse(message(e)));
            return 1;
        });
        return cli;
    }

    /** The message of {@code e}, or of the exception it wraps when it only repeats it (UncheckedIOException). */
    private static String message(Throwable e) {
        Throwable cause = e.getCause();
        boolean wrapper = cause != null && (e.getMessage() == null || e.getMessage().equals(cause.toString()));
        return wrapper ? message(cause) : String.valueOf(e.getMessage());
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs with commands that {@code extend} adds (the launcher's, which may open a window). */
    public static int run(Consumer<CommandLine> extend, String... args) {
        CommandLine cli = commandLine();
        extend.accept(cli);
        return cli.execute(args);
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
