package org.whiskerstudio.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.dataset.TensorRecords;
import org.whiskerstudio.deploy.Engine;
import org.whiskerstudio.deploy.ReadyBundle;
import org.whiskerstudio.deploy.RecordModel;
import org.whiskerstudio.deploy.RecordPredictor;
import org.whiskerstudio.deploy.dl4j.Engines;
import org.whiskerstudio.project.sequences.MediaKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code whisker bench predict BUNDLE DIR}: single-example latency and batch throughput of a bundle, on DIR's
 * examples of the kind the bundle reads (its card's encoding: images, .csv series or .txt texts).
 */
@Command(name = "predict", description = "Single-example prediction latency (decode + preprocess + forward, and the "
        + "forward pass alone: median, p99) and batch-64 examples/second of a model bundle on the examples of DIR: "
        + "images, or .csv series / .txt texts for a sequence bundle (chosen by the bundle). --engine dl4j|onnx "
        + "times one engine (default auto: ONNX Runtime when the bundle has model.onnx) through the same path.")
final class PredictBench implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private BenchInput input;

    @Option(names = "--repeat", description = "timed single-image predictions (default: ${DEFAULT-VALUE})")
    private int repeat = 2000;

    @Option(names = {"--max-examples", "--max-images"}, description = "examples read from DIR at most "
            + "(default: ${DEFAULT-VALUE})")
    private int maxImages = 2000;

    @Option(names = "--engine", paramLabel = "auto|dl4j|onnx", description = Engine.HELP)
    private String engine = "auto";

    @Override
    public Integer call() throws IOException, ImageUnreadable {
        Engine chosen;
        try {
            chosen = Engine.parse(engine);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        long t0 = System.nanoTime();
        try (ReadyBundle loaded = Engines.load(input.bundle, chosen)) {
            double loadMillis = (System.nanoTime() - t0) / 1e6;
            report(loaded, loadMillis);
        }
        return 0;
    }

    private void report(ReadyBundle loaded, double loadMillis) throws IOException, ImageUnreadable {
        PrintWriter out = spec.commandLine().getOut();
        RecordPredictor predictor = loaded.predictor();
        RecordModel model = predictor.records();
        MediaKind kind = loaded.card().preprocessing().encoding().kind();
        List<byte[]> encoded = input.examples(maxImages, kind);
        // The same reading a prediction does: decode and resize an image, parse a series or encode a text.
        TensorRecords records = new TensorRecords(model.preprocessing());
        List<byte[]> pixels = new ArrayList<>();
        for (int i = 0; i < encoded.size(); i++) {
            pixels.add(records.load(encoded.get(i), "example " + (i + 1)));
        }
        for (int i = 0; i < 200; i++) {
            predictor.predict(encoded.get(i % encoded.size()), "warm-up", 5);
        }
        double[] full = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            full[i] = predictor.predict(encoded.get(i % encoded.size()), "bench", 5).millis();
        }
        double[] forward = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long s = System.nanoTime();
            model.probabilities(List.of(pixels.get(i % pixels.size())));
            forward[i] = (System.nanoTime() - s) / 1e6;
        }
        double[] decode = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long s = System.nanoTime();
            records.load(encoded.get(i % encoded.size()), "bench");
            decode[i] = (System.nanoTime() - s) / 1e6;
        }
        List<byte[]> batch = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            batch.add(pixels.get(i % pixels.size()));
        }
        model.probabilities(batch);
        int batches = Math.max(10, repeat / 64);
        long b0 = System.nanoTime();
        for (int i = 0; i < batches; i++) {
            model.probabilities(batch);
        }
        double batchSeconds = (System.nanoTime() - b0) / 1e9;
        out.printf("predict bench: %s (%s, %s, %d classes), %d %s from %s, %d cores, engine %s%n", loaded.card().name(),
                loaded.card().input().label(), loaded.card().preprocessing().encoding().key(),
                predictor.classes().size(), encoded.size(), BenchInput.noun(kind), input.dir,
                Runtime.getRuntime().availableProcessors(), loaded.engine().displayName());
        out.printf("  bundle load (checks + %s)  %.0f ms%n", loaded.engine() == Engine.ONNX ? "session" : "rebuild",
                loadMillis);
        out.printf("  single example, read+preprocess+fwd   %s%n", stats(full));
        out.printf("  single example, read+preprocess only  %s%n", stats(decode));
        out.printf("  single example, forward pass only     %s%n", stats(forward));
        out.printf("  batch of 64, forward pass             %,.0f examples/s (%d batches)%n",
                batches * 64 / batchSeconds, batches);
        out.printf("  targets: median < 5 ms %s, p99 < 20 ms %s%n", percentile(full, 50) < 5 ? "MET" : "MISSED",
                percentile(full, 99) < 20 ? "MET" : "MISSED");
    }

    static String stats(double[] millis) {
        return String.format("median %.2f ms, p99 %.2f ms, mean %.2f ms, max %.1f ms (n=%d)", percentile(millis, 50),
                percentile(millis, 99), Arrays.stream(millis).average().orElse(Double.NaN),
                Arrays.stream(millis).max().orElse(Double.NaN), millis.length);
    }

    static double percentile(double[] values, double p) {
        List<Double> sorted = new ArrayList<>();
        for (double v : values) {
            sorted.add(v);
        }
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
