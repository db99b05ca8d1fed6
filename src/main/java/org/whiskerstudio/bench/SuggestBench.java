package org.whiskerstudio.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.DataProfiler;
import org.whiskerstudio.labelling.formats.FormatException;
import org.whiskerstudio.labelling.formats.IdxFormat;
import org.whiskerstudio.suggest.SuggestionSummary;
import org.whiskerstudio.suggest.dl4j.Suggester;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.dl4j.Dl4jTrainingService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code whisker bench suggest}: issue #14's suggesting throughput. A project gets the first {@code --labelled}
 * Fashion-MNIST test images with their labels and every training image without one (as PNG files, the way an import
 * stores them); LeNet trains one epoch on the labelled ones; then the run suggests for all the unlabelled ones
 * twice: the first round also fills the tensor cache, the second reads it, as the target assumes.
 */
@Command(name = "suggest", description = "Time suggesting labels with a LeNet run for Fashion-MNIST's 60,000 training "
        + "images: once filling the tensor cache, once from it (target: 2,000 images/s).")
final class SuggestBench implements Callable<Integer> {
    private static final double TARGET = 2000;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", description = "folder of the IDX files (default: ${DEFAULT-VALUE})")
    private Path data = Path.of("/usr/share/datasets/fashion-mnist");

    @Option(names = "--labelled", description = "labelled images the run trains on (default: ${DEFAULT-VALUE})")
    private int labelled = 2000;

    @Option(names = "--max-images", description = "unlabelled images to suggest for (default: all)")
    private int maxImages = Integer.MAX_VALUE;

    @Override
    public Integer call() throws IOException, FormatException {
        PrintWriter out = spec.commandLine().getOut();
        IdxFormat.Images train = SpeedBench.read(data, "train");
        IdxFormat.Images test = SpeedBench.read(data, "t10k");
        Path folder = Files.createTempDirectory("whisker-bench-suggest").resolve("project");
        try (ProjectStore store = ProjectStore.create(folder, "Fashion-MNIST suggest")) {
            long t0 = System.nanoTime();
            int unlabelled = Math.min(maxImages, train.count());
            add(store, test, Math.min(labelled, test.count()), true);
            int added = add(store, train, unlabelled, false);
            out.printf("suggest bench: %,d labelled + %,d unlabelled images stored in %.1f s%n",
                    Math.min(labelled, test.count()), added, (System.nanoTime() - t0) / 1e9);
            TrainingRun run = trainLeNet(store);
            out.printf("  LeNet run %d: %d epoch on the labelled images, %s%n", run.id(), run.epochsDone(), run.status());
            Suggester suggester = new Suggester();
            for (String round : List.of("filling the tensor cache", "from the tensor cache")) {
                long s = System.nanoTime();
                SuggestionSummary summary = suggester.suggest(store, run.id(), Progress.NONE, new Cancellation())
                        .orElseThrow().summary();
                double seconds = (System.nanoTime() - s) / 1e9;
                double rate = summary.suggested() / seconds;
                out.printf("  %-26s %,d suggested in %.1f s: %,.0f images/s (%d below margin %.1f)%s%n", round,
                        summary.suggested(), seconds, rate, summary.lowMargin(), SuggestionSummary.LOW_MARGIN,
                        round.startsWith("from") ? (rate >= TARGET ? "  target MET" : "  target MISSED") : "");
            }
            out.printf("  %d cores, peak heap %s%n", Runtime.getRuntime().availableProcessors(), BenchCommand.peakHeap());
            return 0;
        }
    }

    private static TrainingRun trainLeNet(ProjectStore store) {
        return trainLeNet(store, 1, "suggest bench");
    }

    /** LeNet as the templates offer it, on the project's labelled examples; {@code note} names the run. */
    static TrainingRun trainLeNet(ProjectStore store, int epochs, String note) {
        return trainTemplate(store, "lenet", epochs, note);
    }

    /** The template {@code id} as the templates offer it for the project, trained with the default settings. */
    static TrainingRun trainTemplate(ProjectStore store, String id, int epochs, String note) {
        Architecture built = DataProfiler.templates(store).byId(id).orElseThrow().build().get();
        new ArchitectureStore(store).save(built);
        TrainingRun run = Dl4jTrainingService.forProject(store)
                .start(new TrainingRequest(built.name(), TrainingConfig.defaults().withEpochs(epochs), note),
                        TrainingListener.NONE)
                .finished().toCompletableFuture().join();
        if (run.status() != RunStatus.COMPLETED) {
            throw new IllegalStateException("training failed: " + run.message());
        }
        return run;
    }

    /** Stores the first {@code count} images as grey PNG files, tagged with their class number or not. */
    private static int add(ProjectStore store, IdxFormat.Images images, int count, boolean tagged) throws IOException {
        return FashionFiles.add(store, images, count, tagged ? "t10k" : "train", tagged, i -> true);
    }
}
