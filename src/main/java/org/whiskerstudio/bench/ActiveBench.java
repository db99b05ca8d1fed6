package org.whiskerstudio.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * (least margin) against random labelling, LeNet retrained from new weights each round, over {@code --seeds} seeds;
 * the table of test accuracy against labels (each seed's and their mean) and the verdict: how many labels least
 * margin needed to reach random's accuracy at its last point, on the mean curves and for each seed.
 */
@Command(name = "active", description = {"Simulated labelling on Fashion-MNIST: start from --start random labels, "
        + "then --rounds rounds that each label --step more (true labels stand in for the person), chosen by least "
        + "margin (p1 - p2 of the current model, smallest first, over the whole unlabelled pool) or at random. Every "
        + "round each strategy's model (the studio's LeNet template) is retrained from new weights on all its labels: "
        + "Adam with a cosine decay, --epochs epochs or more to make --min-steps gradient steps; it is tested on the "
        + "test images and the same model scores the pool. Repeated for --seeds seeds (--seed, --seed + 1, ...). "
        + "Prints accuracy against labels and the labels each other strategy needed to reach random's accuracy at its "
        + "last point, at a round's point, without interpolation (target: 3,500 for random's 6,000).",
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

    @Option(names = "--epochs", description = "the fewest epochs each round trains, from new weights "
            + "(default: ${DEFAULT-VALUE})")
    private int epochs = 12;

    @Option(names = "--min-steps", description = "the fewest gradient steps each round trains; small labelled sets "
            + "get more epochs (default: ${DEFAULT-VALUE})")
    private int minSteps = 250;

    @Option(names = "--batch", description = "default: ${DEFAULT-VALUE}")
    private int batch = 64;

    @Option(names = "--seed", description = "the first seed: the start's draw, random picks and training "
            + "(default: ${DEFAULT-VALUE})")
    private long seed = 42;

    @Option(names = "--seeds", description = "runs with seeds --seed, --seed + 1, ... (default: ${DEFAULT-VALUE})")
    private int seeds = 2;

    @Option(names = "--strategies", split = ",", description = "random, margin, margin:N (default: random,margin)")
    private List<String> strategies = List.of("random", "margin");

    @Option(names = "--pool", description = "use only the first N training images as the pool (default: all)")
    private int pool = Integer.MAX_VALUE;

    @Option(names = "--test-images", description = "test on only the first N test images (default: all)")
    private int testImages = Integer.MAX_VALUE;

    @Override
    public Integer call() throws IOException, FormatException, InterruptedException {
        if (seeds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seeds must be at least 1");
        }
        List<ActiveStrategy> chosen = strategies.stream().map(ActiveStrategy::parse).toList();
        ActiveLearning.Options options = new ActiveLearning.Options(start, step, rounds, maxLabels, epochs, minSteps,
                batch, seed, Files.createTempDirectory("whisker-bench-active"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        ActiveData fashion = ActiveData.of(SpeedBench.read(data, "train"), SpeedBench.read(data, "t10k"),
                IntStream.range(0, 10).mapToObj(String::valueOf).toList(), pool, testImages);
        out.printf("active bench: %s, pool %,d / test %,d images; %s; start %,d, %d rounds of %,d up to %,d labels; "
                        + "LeNet from new weights each round, Adam + cosine decay, %d epochs of at least %d steps "
                        + "in all, batch %d; seeds %d..%d%n", data, fashion.pool().count(), fashion.test().count(),
                String.join(" vs ", strategies), start, rounds, step, maxLabels, epochs, minSteps, batch, seed,
                seed + seeds - 1);
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
            List<SeedRun> runs = runSeeds(fashion, chosen, options, err, control);
            print(out, runs, seeds, (System.nanoTime() - t0) / 1e9);
            return runs.size() == seeds && runs.stream().allMatch(r -> r.result().complete()) ? 0 : 130;
        } finally {
            FileTrees.delete(options.scratch());
            finished.countDown();
            removeHook(hook);
        }
    }

    /**
     * Every seed at once, each on its own thread with its own models: on a shared machine the seeds then finish
     * together instead of the last one waiting for all the others.
     */
    private List<SeedRun> runSeeds(ActiveData fashion, List<ActiveStrategy> chosen, ActiveLearning.Options options,
                                   PrintWriter err, TrainingControl control)
            throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(seeds);
        try {
            List<Future<SeedRun>> futures = new ArrayList<>();
            for (long s = seed; s < seed + seeds; s++) {
                long own = s;
                futures.add(pool.submit(() -> new SeedRun(own, ActiveLearning.run(fashion, chosen,
                        options.withSeed(own), line -> status(err, "seed " + own + ", " + line), control))));
            }
            List<SeedRun> runs = new ArrayList<>();
            for (Future<SeedRun> future : futures) {
                runs.add(done(future, control));
            }
            return runs;
        } finally {
            pool.shutdownNow();
        }
    }

    private static synchronized void status(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }

    /** The seed's run; a failure stops the other seeds and is rethrown as it was. */
    private static SeedRun done(Future<SeedRun> future, TrainingControl control)
            throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            control.stop();
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One seed's run. */
    record SeedRun(long seed, ActiveLearning.Result result) {
    }

    /**
     * Each seed's table (when more than one was asked for), the mean table and its verdicts with each seed's, and the
     * wall time; a run stopped part-way gets its tables but no verdicts.
     */
    static void print(PrintWriter out, List<SeedRun> runs, int seedsAsked, double seconds) {
        if (seedsAsked > 1) {
            runs.forEach(r -> table(out, "seed " + r.seed(), r.result().curves()));
        }
        boolean complete = runs.size() == seedsAsked && runs.stream().allMatch(r -> r.result().complete());
        if (complete) {
            List<ActiveCurve> mean = mean(runs);
            table(out, seedsAsked > 1 ? "mean of " + seedsAsked + " seeds" : "seed " + runs.get(0).seed(), mean);
            out.println();
            verdicts(mean).forEach(out::println);
            if (seedsAsked > 1) {
                runs.forEach(r -> verdicts(r.result().curves()).forEach(v -> out.println("  seed " + r.seed() + ": "
                        + v)));
            }
        } else {
            if (seedsAsked == 1) {
                runs.forEach(r -> table(out, "seed " + r.seed(), r.result().curves()));
            }
            // A stopped run's last points are not random's at --max-labels: a verdict on them would mislead.
            out.println("(stopped before the last round: the curves are partial, so no verdict)");
        }
        out.printf("wall time %.1f min, %d cores, peak heap %s%n", seconds / 60,
                Runtime.getRuntime().availableProcessors(), BenchCommand.peakHeap());
        out.flush();
    }

    /** Each strategy's mean curve over the seeds, in the order asked. */
    static List<ActiveCurve> mean(List<SeedRun> runs) {
        int strategies = runs.get(0).result().curves().size();
        return IntStream.range(0, strategies).mapToObj(i -> ActiveCurve.mean(runs.stream()
                .map(r -> r.result().curves().get(i)).toList())).toList();
    }

    /** One row per number of labels, one column per strategy, under a title line. */
    static void table(PrintWriter out, String title, List<ActiveCurve> curves) {
        out.println();
        out.println(title + ":");
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
    }

    /**
     * For each strategy but random: the fewest labels at which it had random's accuracy at random's last point (a
     * round's point: no interpolation between rounds).
     */
    static List<String> verdicts(List<ActiveCurve> curves) {
        return curves.stream().filter(c -> c.strategy().equals("random")).findFirst().map(random -> curves.stream()
                .filter(c -> c != random).map(c -> verdict(c, random)).toList()).orElse(List.of());
    }

    private static String verdict(ActiveCurve curve, ActiveCurve random) {
        double goal = random.lastAccuracy();
        OptionalInt needed = curve.labelsToReach(goal);
        String reached = needed.isPresent()
                ? String.format("reaches it at %,d labels", needed.getAsInt())
                : String.format("does not reach it within %,d labels", curve.lastLabels());
        boolean met = needed.isPresent() && needed.getAsInt() <= TARGET_LABELS;
        return String.format(Locale.ROOT, "random's %,d-label accuracy is %.2f%%; %s %s: target (at most %,d) %s",
                random.lastLabels(), 100 * goal, curve.strategy(), reached, TARGET_LABELS, met ? "MET" : "MISSED");
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl+C): the hook is running and waits for this method's caller
        }
    }
}
