package org.whiskerstudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.whiskerstudio.dataset.TensorCacheFiles;
import org.whiskerstudio.project.ProjectStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whisker cache PROJECT [--trim | --clear]}: the prepared-examples caches, shown, compacted or cleared. */
@Command(name = "cache", description = "Show a project's caches of prepared examples; --trim drops the examples the "
        + "project no longer has, --clear deletes them all (they are rebuilt when needed).")
final class CacheCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @ArgGroup(exclusive = true)
    private Action action = new Action();

    static final class Action {
        @Option(names = "--trim", description = "drop cached examples of images no longer in the project")
        boolean trim;

        @Option(names = "--clear", description = "delete every cache of prepared examples")
        boolean clear;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean changes = action.trim || action.clear;
        try (ProjectStore store = changes ? ProjectStore.open(project) : ProjectStore.openReadOnly(project)) {
            if (action.clear) {
                out.println("Deleted the caches: " + megabytes(TensorCacheFiles.clear(store.layout())) + " freed.");
            } else if (action.trim) {
                TensorCacheFiles.Compaction c = TensorCacheFiles.compact(store.layout(), store.imageHashes());
                out.printf(Locale.ROOT, "Dropped %d cached examples of removed images from %d segment(s): %s freed.%n",
                        c.recordsDropped(), c.segmentsRewritten(), megabytes(c.bytesFreed()));
            }
            print(out, TensorCacheFiles.usage(store.layout(), store.imageHashes()));
            out.flush();
        }
        return 0;
    }

    private static void print(PrintWriter out, List<TensorCacheFiles.Usage> caches) {
        if (caches.isEmpty()) {
            out.println("No caches of prepared examples (training builds them).");
            return;
        }
        String row = "%-28s %9s %9s %9s %10s%n";
        out.printf(Locale.ROOT, row, "preprocessing", "segments", "examples", "removed", "size");
        for (TensorCacheFiles.Usage u : caches) {
            out.printf(Locale.ROOT, row, u.preprocessing(), u.segments(), u.records(), u.dead(), megabytes(u.bytes()));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
