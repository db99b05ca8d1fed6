package org.whiskerstudio.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.dataset.DataProfiler;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.labelling.formats.DatasetImporter;
import org.whiskerstudio.labelling.formats.FormatException;
import org.whiskerstudio.labelling.formats.Formats;
import org.whiskerstudio.labelling.formats.LabelImportReport;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.terminal.RunTable;
import org.whiskerstudio.terminal.TerminalProgress;
import org.whiskerstudio.terminal.TerminalTraining;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingService;
import org.whiskerstudio.training.dl4j.Dl4jTrainingService;
import org.whiskerstudio.training.dl4j.RunTesting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code whisker bench fashion}: the training issue's accuracy check. Imports the full Fashion-MNIST (60,000 train /
 * 10,000 test) into a project, trains a template with the studio's defaults and prints test accuracy and
 * examples/second.
 */
@Command(name = "fashion", description = "Import Fashion-MNIST, train a template on it and print the test accuracy "
        + "and examples/second.")
final class FashionBench implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", description = "folder of the IDX files (default: ${DEFAULT-VALUE}, Debian's dataset-fashion-mnist)")
    private Path data = Path.of("/usr/share/datasets/fashion-mnist");

    @Option(names = "--project", description = "project folder to use or create (default: a temp folder); an existing "
            + "project is reused without importing again")
    private Path project;

    @Option(names = "--template", description = "mlp, lenet, vgg or lstm (default: ${DEFAULT-VALUE})")
    private String template = "lenet";

    @Option(names = "--epochs", description = "default: ${DEFAULT-VALUE}")
    private int epochs = 5;

    @Option(names = "--batch", description = "default: ${DEFAULT-VALUE}")
    private int batch = 64;

    @Override
    public Integer call() throws IOException, FormatException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = project != null ? project : Files.createTempDirectory("whisker-bench-fashion").resolve("project");
        boolean exists = Files.isRegularFile(new ProjectLayout(folder).database());
        try (ProjectStore store = exists ? ProjectStore.open(folder) : ProjectStore.create(folder, "Fashion-MNIST")) {
            if (!exists) {
                long t0 = System.nanoTime();
                LabelImportReport report = new DatasetImporter(store).importLabels(Formats.byId("idx").orElseThrow(), data,
                        new TerminalProgress(out), new Cancellation());
                out.printf("%nimported: %s in %.1f s%n", report.summary(), (System.nanoTime() - t0) / 1e9);
            }
            Architecture architecture = DataProfiler.templates(store).byId(template)
                    .orElseThrow(() -> new IllegalArgumentException("unknown template " + template)).build().get();
            ArchitectureStore architectures = new ArchitectureStore(store);
            if (architectures.load(architecture.name()).isEmpty()) {
                architectures.save(architecture);
            }
            TrainingService service = Dl4jTrainingService.forProject(store);
            TrainingConfig config = new TrainingConfig(epochs, batch, TrainingConfig.defaults().optimizer(),
                    TrainingConfig.defaults().learningRate(), TrainingConfig.defaults().schedule(), 0,
                    TrainingConfig.defaults().seed(), 0, 0, TrainingConfig.defaults().resize(),
                    TrainingConfig.defaults().augmentation());
            TerminalTraining terminal = new TerminalTraining(out);
            List<Double> speeds = new ArrayList<>();
            TrainingListener listener = new TrainingListener() {
                @Override
                public void onPreparing(long done, long total, String message) {
                    terminal.onPreparing(done, total, message);
                }

                @Override
                public void onStart(long runId, int epochs, long perEpoch, long startIteration) {
                    terminal.onStart(runId, epochs, perEpoch, startIteration);
                }

                @Override
                public void onIteration(IterationMetric metric) {
                    speeds.add(metric.examplesPerSecond());
                    terminal.onIteration(metric);
                }

                @Override
                public void onEpoch(EpochMetric metric) {
                    terminal.onEpoch(metric);
                }

                @Override
                public void onStatus(RunStatus status, String message) {
                    terminal.onStatus(status, message);
                }
            };
            long t0 = System.nanoTime();
            TrainingRun run = service.start(new TrainingRequest(architecture.name(), config, "bench " + template), listener)
                    .finished().toCompletableFuture().join();
            double seconds = (System.nanoTime() - t0) / 1e9;
            terminal.finish();
            RunTable.printSummary(out, run, store.layout().runs().resolve(String.valueOf(run.id())));
            Optional<RunTesting.TestScore> test = RunTesting.bestOnTest(store, run.id());
            out.printf("fashion bench (%s, %d epochs, batch %d, %s):%n", template, epochs, batch, config.optimizer().label());
            test.ifPresent(t -> out.printf("  test accuracy     %.2f%% on %,d unseen images (best epoch's model)%n",
                    100 * t.accuracy(), t.examples()));
            List<Double> steady = new ArrayList<>(speeds.subList(Math.min(speeds.size(), 20), speeds.size()));
            Collections.sort(steady);
            out.printf("  examples/second   %,.0f median over training steps (%,.0f over the whole run, validation included)%n",
                    steady.isEmpty() ? Double.NaN : steady.get(steady.size() / 2),
                    (double) run.epochsDone() * examplesPerEpoch(store, run.id()) / (run.durationMillis() / 1000.0));
            out.printf("  threads           %d cores, backend %s%n", Runtime.getRuntime().availableProcessors(),
                    new RunStore(store).provenance(run.id()).map(p -> p.backend()).orElse("unknown"));
            out.printf("  wall time         %.1f s%n", seconds);
            out.printf("  peak heap         %s%n", BenchCommand.peakHeap());
            return 0;
        }
    }

    /** Training examples per epoch: the rows of the run's own split file in the training part. */
    private static long examplesPerEpoch(ProjectStore store, long runId) throws IOException {
        try (Stream<String> rows = Files.lines(new RunStore(store).folder(runId).split())) {
            return rows.skip(1).filter(row -> row.split(",", 3)[1].equals(Subset.TRAIN.key())).count();
        }
    }
}
