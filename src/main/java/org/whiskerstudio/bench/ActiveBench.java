package org.whiskerstudio.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.whiskerstudio.bench.dl4j.ActiveCurve;
import org.whiskerstudio.bench.dl4j.ActiveData;
import org.whiskerstudio.bench.dl4j.ActiveLearning;
import org.whiskerstudio.bench.dl4j.ActiveStrategy;
import org.whiskerstudio.common.FileTrees;
import org.whiskerstudio.labelling.formats.FormatException;
import org.whiskerstudio.training.TrainingControl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code whisker bench active}: issue #14's simulated labelling on the real Fashion-MNIST files. Uncertainty sampling
 * (least margin) against random labelling, LeNet continuing to train each round; the table of test accuracy
 * against labels and the verdict: how many labels least margin needed to reach random's accuracy at its last point.
 */
@Command(name = "active", description = {"Simulated labelling on Fashion-MNIST: start from --start random labels, "
        + "then --rounds rounds that each label --step more (true labels stand in for the person), chosen by least "
        + "margin (p1 - p2 of the current model, smallest first, over the whole unlabelled pool) or at random. Each "
        + "strategy's model (the studio's LeNet template) trains --epochs epochs on the start's labels, then after "
        + "every round --epochs more on all its labels, continuing from where it was (weights and optimiser state), "
        + "and is tested on the test images. Prints accuracy against labels for each strategy and the labels each "
        + "other strategy needed to reach random's accuracy at its last point (target: 3,500 for random's 6,000).",
        "Strategies: random, margin (the least-margin batch itself), margin:N (a random batch from the N least-margin "
                + "examples, against redundant batches)."})
final class ActiveBench implements Callable<Integer> {
    static final int TARGET_LABELS = 3500;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", description = "folder of the IDX files (default: ${DEFAULT-VALUE})")
    private Path data = Path.of("/usr/share/datasets/fashion-mnist");

    @Option(names = "--start", description = "random labels to start from (default: ${DEFAULT-VALUE})")
    private int start = 200;

    @Option(names = "--step", description = "labels added each round (default: ${DEFAULT-VALUE})")
    private int step = 500;

    @Option(names = "--rounds", description = "rounds after the start (default: ${DEFAULT-VALUE})")
    private int rounds = 12;

    @Option(names = "--max-labels", description = "labels never go past this (default: ${DEFAULT-VALUE})")
    private int maxLabels = 6000;

    @Option(names = "--epochs", description = "epochs each round trains, continuing the round before's model "
            + "(default: ${DEFAULT-VALUE})")
    private int epochs = 2;

    @Option(names = "--batch", description = "default: ${DEFAULT-VALUE}")
    private int batch = 64;

    @Option(names = "--seed", description = "the start's draw, random picks and training (default: ${DEFAULT-VALUE})")
    private long seed = 42;

    @Option(names = "--strategies", split = ",",
            description = "random, margin, margin:N (default: random,margin,margin:2000)")
    private List<String> strategies = List.of("random", "margin", "margin:2000");

    @Option(names = "--pool", description = "use only the first N training images as the pool (default: all)")
    private int pool = Integer.MAX_VALUE;

    @Option(names = "--test-images", description = "test on only the first N test images (default: all)")
    private int testImages = Integer.MAX_VALUE;

    @Override
    public Integer call() throws IOException, FormatException, InterruptedException {
        List<ActiveStrategy> chosen = strategies.stream().map(ActiveStrategy::parse).toList();
        ActiveLearning.Options options = new ActiveLearning.Options(start, step, rounds, maxLabels, epochs, batch, seed,
                Files.createTempDirectory("whisker-bench-active"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        ActiveData fashion = ActiveData.of(SpeedBench.read(data, "train"), SpeedBench.read(data, "t10k"),
                IntStream.range(0, 10).mapToObj(String::valueOf).toList(), pool, testImages);
        out.printf("active bench: %s, pool %,d / test %,d images; %s; start %,d, %d rounds of %,d up to %,d labels; "
                        + "LeNet continuing %d epochs a round, batch %d, seed %d%n", data,
                fashion.pool().count(), fashion.test().count(), String.join(" vs ", strategies), start, rounds, step,
                maxLabels, epochs, batch, seed);
        out.flush();
        TrainingControl control = new TrainingControl();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl+C: stop within a training step or scoring batch, print what was measured, and let the scratch go.
        Thread hook = new Thread(() -> {
            control.stop();
            try {
                finished.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "active-bench-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            ActiveLearning.Result result = ActiveLearning.run(fashion, chosen, options, line -> {
                err.println(line);
                err.flush();
            }, control);
            print(out, result, (System.nanoTime() - t0) / 1e9);
            return result.complete() ? 0 : 130;
        } finally {
            FileTrees.delete(options.scratch());
            finished.countDown();
            removeHook(hook);
        }
    }

    /** The table (one row per number of labels, one column per strategy), the verdict and the wall time. */
    static void print(PrintWriter out, ActiveLearning.Result result, double seconds) {
        List<ActiveCurve> curves = result.curves();
        out.println();
        out.printf("%8s", "labels");
        curves.forEach(c -> out.printf("%16s", c.strategy()));
        out.println();
        List<Integer> labels = curves.stream().flatMap(c -> c.points().stream()).map(ActiveCurve.Point::labels)
                .distinct().sorted().toList();
        for (int n : labels) {
            out.printf("%,8d", n);
            for (ActiveCurve curve : curves) {
                out.printf("%16s", curve.points().stream().filter(p -> p.labels() == n).findFirst()
                        .map(p -> String.format(Locale.ROOT, "%.2f%%", 100 * p.accuracy())).orElse("-"));
            }
            out.println();
        }
        if (result.complete()) {
            out.println();
            verdicts(curves).forEach(out::println);
        } else {
            // A stopped run's last points are not random's at --max-labels: a verdict on them would mislead.
            out.println("(stopped before the last round: the curves are partial, so no verdict)");
        }
        out.printf("wall time %.1f min, %d cores, peak heap %s%n", seconds / 60,
                Runtime.getRuntime().availableProcessors(), BenchCommand.peakHeap());
        out.flush();
    }

    /** For each strategy but random: the labels it needed to reach random's accuracy at random's last point. */
    static List<String> verdicts(List<ActiveCurve> curves) {
        return curves.stream().filter(c -> c.strategy().equals("random")).findFirst().map(random -> curves.stream()
                .filter(c -> c != random).map(c -> verdict(c, random)).toList()).orElse(List.of());
    }

    private static String verdict(ActiveCurve curve, ActiveCurve random) {
        double goal = random.lastAccuracy();
        OptionalInt needed = curve.labelsToReach(goal);
        String reached = needed.isPresent()
                ? String.format("reached it with %,d labels", needed.getAsInt())
                : String.format("did not reach it within %,d labels", curve.lastLabels());
        boolean met = needed.isPresent() && needed.getAsInt() <= TARGET_LABELS;
        return String.format(Locale.ROOT, "%s vs random: random has %.2f%% at %,d labels; %s %s: target (at most "
                + "%,d) %s", curve.strategy(), 100 * goal, random.lastLabels(), curve.strategy(), reached,
                TARGET_LABELS, met ? "MET" : "MISSED");
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl+C): the hook is running and waits for this method's caller
        }
    }
}
