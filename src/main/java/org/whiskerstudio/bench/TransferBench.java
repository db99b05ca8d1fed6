package org.whiskerstudio.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.bench.dl4j.LinearProbes;
import org.whiskerstudio.dataset.DataProfiler;
import org.whiskerstudio.dataset.SplitSettings;
import org.whiskerstudio.deploy.dl4j.TrustedStarts;
import org.whiskerstudio.evaluation.ScoredExample;
import org.whiskerstudio.labelling.formats.FormatException;
import org.whiskerstudio.labelling.formats.IdxFormat;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.WeightSource;
import org.whiskerstudio.training.dl4j.Dl4jTrainingService;
import org.whiskerstudio.training.dl4j.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code whisker bench transfer}: issue #14's continue-from-a-model check. A project learns Fashion-MNIST's classes
 * 0-4 with LeNet; a second project holds only {@code --per-class} labelled training images of each of classes 5-9
 * (all in its training part) and trains LeNet twice with the same settings (the Train screen's defaults unless told
 * otherwise), once from new weights and once from the first run (its output layer replaced, the other classes being
 * new). Both are scored on the 5,000 test images of classes 5-9, and so is the ceiling: the same LeNet and settings on
 * all 30,000 training images of classes 5-9, which says how many points 100 labels can leave to win at all.
 * Everything goes through the studio's own projects, training service and start-model reader.
 */
@Command(name = "transfer", description = "LeNet on Fashion-MNIST classes 0-4, then 20 images per class of classes "
        + "5-9: continue from that run vs from scratch, same settings (the Train screen's defaults), test accuracy on "
        + "classes 5-9 (target: 10 points better), and the ceiling: the same LeNet on all their training images.")
final class TransferBench implements Callable<Integer> {
    private static final double TARGET_POINTS = 10;
    private static final int SPLIT_CLASS = 5;
    private static final TrainingConfig DEFAULTS = TrainingConfig.defaults();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", description = "folder of the IDX files (default: ${DEFAULT-VALUE})")
    private Path data = Path.of("/usr/share/datasets/fashion-mnist");

    @Option(names = "--source-project", description = "folder for the classes 0-4 project; when it already holds a "
            + "completed run, that run is the start model and nothing is trained again (default: a temp folder)")
    private Path sourceProject;

    @Option(names = "--source-images", description = "training images of classes 0-4 for the first run (default: "
            + "${DEFAULT-VALUE}, all of them)")
    private int sourceImages = 30_000;

    @Option(names = "--source-epochs", description = "epochs of the first run (default: ${DEFAULT-VALUE})")
    private int sourceEpochs = 3;

    @Option(names = "--per-class", description = "labelled images per class of classes 5-9 (default: ${DEFAULT-VALUE})")
    private int perClass = 20;

    @Option(names = "--epochs", split = ",", description = "epochs of both runs on the few images, one pair of runs "
            + "for each count given; the first is the headline (default: the Train screen's 5, then 15)")
    private List<Integer> epochs = List.of(DEFAULTS.epochs(), 15);

    @Option(names = "--batch", description = "batch size of both runs (default: the Train screen's ${DEFAULT-VALUE})")
    private int batch = DEFAULTS.batchSize();

    @Option(names = "--seeds", description = "seeds of each pair of runs (the defaults' seed, then the next ones); the "
            + "rows give their means (default: ${DEFAULT-VALUE})")
    private int seeds = 1;

    @Option(names = "--freeze-epochs", description = "epochs the continued run keeps its kept layers frozen "
            + "(default: ${DEFAULT-VALUE})")
    private int freezeEpochs = 0;

    @Option(names = "--ceiling-epochs", description = "epochs of the ceiling run on all 30,000 training images of "
            + "classes 5-9; 0 leaves it out (default: the headline's)")
    private Integer ceilingEpochs;

    @Override
    public Integer call() throws IOException, FormatException {
        PrintWriter out = spec.commandLine().getOut();
        IdxFormat.Images train = SpeedBench.read(data, "train");
        IdxFormat.Images test = SpeedBench.read(data, "t10k");
        Path root = Files.createTempDirectory("whisker-bench-transfer");
        Path firstFolder = sourceProject != null ? sourceProject : root.resolve("classes-0-4");
        boolean exists = Files.isRegularFile(new ProjectLayout(firstFolder).database());
        List<Integer> testIndices = IntStream.range(0, test.count()).filter(i -> label(test, i) >= SPLIT_CLASS)
                .boxed().toList();
        try (ProjectStore first = exists ? ProjectStore.open(firstFolder)
                : ProjectStore.create(firstFolder, "Fashion-MNIST 0-4");
             ProjectStore few = ProjectStore.create(root.resolve("classes-5-9"), "Fashion-MNIST 5-9, few labels")) {
            long t0 = System.nanoTime();
            TrainingRun source = source(out, first, train);
            int labelled = newClasses(few, train, perClass);
            out.printf("  %d labelled images (%d per class of classes 5-9), all for training; both runs: batch %d, "
                            + "%s %s, early-stopping patience %d, seed %d; test accuracy on %,d test images of classes "
                            + "5-9; continued runs freeze %d epochs%n", labelled, perClass, batch,
                    DEFAULTS.optimizer().label(), DEFAULTS.learningRate(), DEFAULTS.patience(), DEFAULTS.seed(),
                    testIndices.size(), freezeEpochs);
            out.printf("  %6s  %12s  %12s  %10s%n", "epochs", "from scratch", "continued", "difference");
            WeightSource from = new WeightSource.ProjectRun(Optional.of(first.layout().root()), source.id());
            double headline = Double.NaN;
            for (int count : epochs) {
                double[] a = new double[seeds];
                double[] b = new double[seeds];
                for (int k = 0; k < seeds; k++) {
                    TrainingConfig config = settings(count).withSeed(DEFAULTS.seed() + k);
                    String tag = count + (seeds > 1 ? " seed " + config.seed() : "");
                    a[k] = accuracy(few, train(few, config, WeightSource.NEW, 0, "scratch " + tag), test, testIndices);
                    b[k] = accuracy(few, train(few, config, from, Math.min(freezeEpochs, count), "continued " + tag),
                            test, testIndices);
                }
                double scratch = mean(a);
                headline = Double.isNaN(headline) ? scratch : headline;
                double points = 100 * (mean(b) - scratch);
                out.printf("  %6d  %11.2f%%  %11.2f%%  %+7.2f pts  %s%s%n", count, 100 * scratch, 100 * mean(b), points,
                        points >= TARGET_POINTS ? "target MET" : "target MISSED", seeds > 1 ? perSeed(a, b) : "");
            }
            probes(out, first, source, train, test, testIndices, headline);
            TrainingRun last = new RunStore(few).list().get(0);
            out.printf("  the continued runs' provenance: %s%n",
                    new RunStore(few).provenance(last.id()).orElseThrow().start().sentence());
            int ceiling = ceilingEpochs != null ? ceilingEpochs : epochs.get(0);
            if (ceiling > 0) {
                ceiling(out, root, train, test, testIndices, ceiling, headline);
            }
            out.printf("  %d cores, peak heap %s, %.0f s in all%n", Runtime.getRuntime().availableProcessors(),
                    BenchCommand.peakHeap(), (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    /** Each seed's pair, for the spread behind a mean: " (seed 42: 82.94% / 89.86%, ...)". */
    private String perSeed(double[] a, double[] b) {
        StringBuilder s = new StringBuilder(" (");
        for (int k = 0; k < a.length; k++) {
            s.append(k > 0 ? ", " : "").append(String.format("seed %d: %.2f%% / %.2f%%", DEFAULTS.seed() + k,
                    100 * a[k], 100 * b[k]));
        }
        return s.append(')').toString();
    }

    /** The bench's settings: the Train screen's defaults with the bench's epochs and batch size. */
    private TrainingConfig settings(int count) {
        return new TrainingConfig(count, batch, DEFAULTS.optimizer(), DEFAULTS.learningRate(), DEFAULTS.schedule(),
                DEFAULTS.weightDecay(), DEFAULTS.seed(), DEFAULTS.patience(), DEFAULTS.threads(), DEFAULTS.resize(),
                DEFAULTS.augmentation());
    }

    /** Stores up to {@code each} training images of every class 5-9, all in the training part; returns how many. */
    private static int newClasses(ProjectStore store, IdxFormat.Images train, int each) throws IOException {
        int labelled = 0;
        for (int c = SPLIT_CLASS; c < 10; c++) {
            Set<Integer> chosen = new HashSet<>(firstOfClass(train, c, each));
            labelled += FashionFiles.add(store, train, chosen.size(), "train", true, chosen::contains);
        }
        // Every label is for learning: the test images of classes 5-9 judge the runs.
        new SplitSettings(1, 0, 0, 42).saveTo(store);
        return labelled;
    }

    /** The first {@code each} training images of class {@code cls}, in file order: the ones a project of them holds. */
    private static List<Integer> firstOfClass(IdxFormat.Images train, int cls, int each) {
        return IntStream.range(0, train.count()).filter(i -> label(train, i) == cls).limit(each).boxed().toList();
    }

    /**
     * The most these settings get out of LeNet on classes 5-9: every one of their 30,000 training images labelled.
     * No start model can lift the few-label runs above it, so it bounds the points there are to win.
     */
    private void ceiling(PrintWriter out, Path root, IdxFormat.Images train, IdxFormat.Images test,
                         List<Integer> testIndices, int count, double scratch) throws IOException {
        long t0 = System.nanoTime();
        try (ProjectStore all = ProjectStore.create(root.resolve("classes-5-9-all"), "Fashion-MNIST 5-9, all")) {
            int labelled = newClasses(all, train, 6000);
            double c = accuracy(all, train(all, settings(count), WeightSource.NEW, 0, "ceiling"), test, testIndices);
            out.printf("  ceiling: the same LeNet and settings, %d epochs, on all %,d training images of classes 5-9: "
                    + "%.2f%% (%.0f s)%n", count, labelled, 100 * c, (System.nanoTime() - t0) / 1e9);
            double room = 100 * (c - scratch);
            out.printf("  from scratch on %d labels is %.2f points below the ceiling: %s%n", perClass * 5, room,
                    room < TARGET_POINTS ? "+" + (int) TARGET_POINTS + " points is out of reach by construction"
                            : "there is room for +" + (int) TARGET_POINTS + " points");
        }
    }

    /**
     * Linear probes of the start model on the few labels: the best layer says how far its features can carry them,
     * whatever way the continued run takes.
     */
    private void probes(PrintWriter out, ProjectStore first, TrainingRun source, IdxFormat.Images train,
                        IdxFormat.Images test, List<Integer> testIndices, double scratch) throws IOException {
        // The images the few-label project holds (newClasses), in the same order.
        List<Integer> few = new ArrayList<>();
        for (int c = SPLIT_CLASS; c < 10; c++) {
            few.addAll(firstOfClass(train, c, perClass));
        }
        List<LinearProbes.Probe> probes = LinearProbes.of(TrainedModel.ofRun(first, source.id()),
                few.stream().map(i -> FashionFiles.pixels(train, i)).toList(),
                few.stream().mapToInt(i -> label(train, i) - SPLIT_CLASS).toArray(),
                testIndices.stream().map(i -> FashionFiles.pixels(test, i)).toList(),
                testIndices.stream().mapToInt(i -> label(test, i) - SPLIT_CLASS).toArray(), 10 - SPLIT_CLASS);
        if (probes.isEmpty()) {
            return;
        }
        out.printf("  linear probes of the start model (softmax regression on each layer's output for the %d labels, "
                + "test accuracy):%n   ", few.size());
        probes.forEach(p -> out.printf(" %s (%d) %.2f%%;", p.layer(), p.features(), 100 * p.accuracy()));
        LinearProbes.Probe best = probes.stream().max(Comparator.comparingDouble(LinearProbes.Probe::accuracy))
                .orElseThrow();
        out.printf("%n  the best, %.2f%% (%s), is about as far as its features carry these labels; +%d points needs %.2f%%%n",
                100 * best.accuracy(), best.layer(), (int) TARGET_POINTS, 100 * scratch + TARGET_POINTS);
    }

    /** The classes 0-4 project's last finished run (completed or stopped early), trained here when it has none. */
    private TrainingRun source(PrintWriter out, ProjectStore first, IdxFormat.Images train) throws IOException {
        Optional<TrainingRun> done = new RunStore(first).list().stream()
                .filter(r -> r.status() == RunStatus.COMPLETED || r.status() == RunStatus.EARLY_STOPPED).findFirst();
        if (done.isPresent()) {
            out.printf("transfer bench: start model run %d of %s (trained before)%n", done.get().id(),
                    first.layout().root());
            return done.get();
        }
        long t0 = System.nanoTime();
        int stored = FashionFiles.add(first, train, sourceImages, "train", true, i -> label(train, i) < SPLIT_CLASS);
        TrainingRun source = train(first, DEFAULTS.withEpochs(sourceEpochs), WeightSource.NEW, 0, "classes 0-4");
        out.printf("transfer bench: LeNet on %,d images of classes 0-4, %d epochs: run %d %s, %s validation "
                        + "accuracy, %.0f s%n", stored, sourceEpochs, source.id(), source.status().label(),
                source.bestValidationAccuracy().isPresent()
                        ? String.format("%.2f%%", 100 * source.bestValidationAccuracy().getAsDouble()) : "no",
                (System.nanoTime() - t0) / 1e9);
        return source;
    }

    private static int label(IdxFormat.Images images, int index) {
        return images.labels()[index] & 0xFF;
    }

    private static TrainingRun train(ProjectStore store, TrainingConfig config, WeightSource from, int freeze,
                                     String name) {
        Architecture lenet = DataProfiler.templates(store).byId("lenet").orElseThrow().build().get();
        ArchitectureStore architectures = new ArchitectureStore(store);
        if (architectures.load(lenet.name()).isEmpty()) {
            architectures.save(lenet);
        }
        TrainingRun run = Dl4jTrainingService.forProject(store, new TrustedStarts(store))
                .start(new TrainingRequest(lenet.name(), config, name).startingFrom(from, freeze),
                        TrainingListener.NONE)
                .finished().toCompletableFuture().join();
        // Without a validation part early stopping watches the training loss: a run it stops has its best model.
        if (run.status() != RunStatus.COMPLETED && run.status() != RunStatus.EARLY_STOPPED) {
            throw new IllegalStateException("the run \"" + name + "\" ended " + run.status() + ": " + run.message());
        }
        return run;
    }

    /** The run's model on the given test images, through the studio's own prediction. */
    private static double accuracy(ProjectStore store, TrainingRun run, IdxFormat.Images test, List<Integer> indices)
            throws IOException {
        TrainedModel model = TrainedModel.ofRun(store, run.id());
        int correct = 0;
        for (int from = 0; from < indices.size(); from += 500) {
            List<Integer> chunk = indices.subList(from, Math.min(indices.size(), from + 500));
            float[][] scores = model.predictPixels(chunk.stream().map(i -> FashionFiles.pixels(test, i)).toList());
            for (int k = 0; k < chunk.size(); k++) {
                int best = ScoredExample.argMax(scores[k]);
                correct += model.classes().get(best).equals(String.valueOf(label(test, chunk.get(k)))) ? 1 : 0;
            }
        }
        return (double) correct / indices.size();
    }
}
