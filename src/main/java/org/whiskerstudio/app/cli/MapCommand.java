package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.map.Clusters;
import org.whiskerstudio.map.EmbeddingSource;
import org.whiskerstudio.map.MapCsv;
import org.whiskerstudio.map.MapService;
import org.whiskerstudio.map.ProjectMap;
import org.whiskerstudio.map.dl4j.RunActivations;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.terminal.TerminalProgress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code whisker map PROJECT [--run N] [--source descriptor|run] [--clusters K] --out map.csv}: every example as a
 * point in 2-D (UMAP over the descriptor or a run's embedding layer) with its label and k-means cluster, as CSV. The
 * map is cached in the project, so a second call is quick.
 */
@Command(name = "map", description = "Write the project's map as CSV (id, file, x, y, label, cluster): examples laid "
        + "out in 2-D by UMAP over a cheap descriptor or a run's embedding layer, with k-means clusters.")
final class MapCommand implements Callable<Integer> {
    /** Where the embeddings come from. */
    enum Source { descriptor, run }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @Option(names = "--run", paramLabel = "N", description = "the classifier run whose embedding layer places the "
            + "examples (implies --source run)")
    private Long runId;

    @Option(names = "--source", paramLabel = "SOURCE", description = "descriptor or run (default: run when --run is "
            + "given, else descriptor)")
    private Source source;

    @Option(names = "--clusters", paramLabel = "K", description = "k-means clusters (default: suggested by silhouette)")
    private Integer clusters;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the CSV file to write")
    private Path out;

    @Override
    public Integer call() throws IOException {
        EmbeddingSource chosen = chosenSource();
        PrintWriter console = spec.commandLine().getOut();
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            TerminalProgress progress = new TerminalProgress(console);
            long t0 = System.nanoTime();
            Optional<ProjectMap> map = new MapService(RunActivations::new).map(store, chosen, progress,
                    new Cancellation());
            progress.finish();
            if (map.isEmpty() || map.get().size() == 0) {
                console.println("The project has no examples to map.");
                return 1;
            }
            ProjectMap m = map.get();
            int k = clusters == null ? Clusters.suggestK(m.features()) : clusters;
            if (k < 1 || k > m.size()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--clusters must be between 1 and "
                        + m.size());
            }
            int[] assignment = Clusters.kMeans(m.features(), k);
            MapCsv.write(out, m, assignment, store.images(ImageQuery.ALL), store.labelClasses());
            console.printf(Locale.ROOT, "Mapped %d examples by %s in %.1f s, %d clusters%s; wrote %s%n", m.size(),
                    chosen.label(), (System.nanoTime() - t0) / 1e9, k, clusters == null ? " (suggested)" : "", out);
            m.notes().forEach(n -> console.println("Note: " + n));
            console.flush();
            return 0;
        }
    }

    private EmbeddingSource chosenSource() {
        Source s = source != null ? source : runId != null ? Source.run : Source.descriptor;
        if (s == Source.descriptor) {
            if (runId != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--run goes with --source run");
            }
            return new EmbeddingSource.Descriptor();
        }
        if (runId == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--source run needs --run N");
        }
        return new EmbeddingSource.Run(runId);
    }
}
