package org.whiskerstudio.terminal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.training.TrainingRun;

/** Runs printed on a terminal: the history as a table, and one run's summary. */
public final class RunTable {
    private RunTable() {
    }

    public static void print(PrintWriter out, List<TrainingRun> runs) {
        if (runs.isEmpty()) {
            out.println("no runs yet");
            return;
        }
        out.printf("%5s  %-24s  %-14s  %-13s  %7s  %9s  %8s%n", "id", "name", "architecture", "status", "epochs",
                "best acc", "time");
        for (TrainingRun r : runs) {
            out.printf("%5d  %-24s  %-14s  %-13s  %7s  %9s  %8s%n", r.id(), clip(r.name(), 24),
                    clip(r.architectureName(), 14), r.status().label(), progress(r),
                    r.bestValidationAccuracy().isPresent()
                            ? String.format("%.2f%%", 100 * r.bestValidationAccuracy().getAsDouble()) : "-",
                    TerminalTraining.format(Duration.ofMillis(r.durationMillis())));
        }
    }

    public static void printSummary(PrintWriter out, TrainingRun r, Path folder) {
        out.printf("run %d (%s): %s%s%n", r.id(), r.name(), r.status().label(),
                r.message().isEmpty() ? "" : " - " + r.message());
        if (r.kind() == ModelKind.AGENT) {
            out.printf(Locale.ROOT, "  episodes        %,d%n", r.epochsDone());
        } else {
            out.printf("  epochs          %d of %d%n", r.epochsDone(), r.config().epochs());
        }
        r.bestEpoch().ifPresent(e -> out.printf("  best epoch      %d (validation loss %.4f, accuracy %s)%n", e,
                r.bestValidationLoss().orElse(Double.NaN), r.bestValidationAccuracy().isPresent()
                        ? String.format("%.2f%%", 100 * r.bestValidationAccuracy().getAsDouble()) : "-"));
        out.printf("  training time   %s%n", TerminalTraining.format(Duration.ofMillis(r.durationMillis())));
        out.printf("  files           %s%n", folder);
        if (r.canResume()) {
            out.printf("  resume with     whisker train PROJECT --resume %d%n", r.id());
        }
        out.flush();
    }

    /** Epochs done of the planned, or an agent run's episodes (its row counts those in the epochs' place). */
    private static String progress(TrainingRun r) {
        return r.kind() == ModelKind.AGENT ? String.format(Locale.ROOT, "%,d ep", r.epochsDone())
                : String.format(Locale.ROOT, "%3d/%-3d", r.epochsDone(), r.config().epochs());
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
