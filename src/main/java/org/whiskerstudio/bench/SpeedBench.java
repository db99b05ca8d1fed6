package org.whiskerstudio.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.whiskerstudio.architecture.dl4j.Dl4jRuntime;
import org.whiskerstudio.bench.dl4j.DataParallelSpeed;
import org.whiskerstudio.bench.dl4j.SpeedBenchmark;
import org.whiskerstudio.bench.dl4j.SpeedData;
import org.whiskerstudio.labelling.formats.FormatException;
import org.whiskerstudio.labelling.formats.IdxFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code whisker bench speed}: issue #9's figures for LeNet and the LSTM on the real Fashion-MNIST files (training
 * examples/s, test accuracy after one epoch, one-image and batch prediction, peak memory, engine settings), and with
 * {@code --torch} the PyTorch peer script run in the same sitting, alternating with ours, side by side.
 */
@Command(name = "speed", description = "Train LeNet and an LSTM one epoch on Fashion-MNIST and time prediction; "
        + "with --torch, run the PyTorch peer script alternately and print both side by side.")
final class SpeedBench implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", description = "folder of the IDX files (default: ${DEFAULT-VALUE})")
    private Path data = Path.of("/usr/share/datasets/fashion-mnist");

    @Option(names = "--nets", split = ",", description = "lenet, lstm or both (default: lenet,lstm)")
    private List<String> nets = List.of("lenet", "lstm");

    @Option(names = "--batch", description = "default: ${DEFAULT-VALUE}")
    private int batch = 64;

    @Option(names = "--max-batches", description = "training steps per net (default: 0 = one full epoch)")
    private int maxBatches;

    @Option(names = "--threads", description = "backend threads (default: 0 = the studio's default)")
    private int threads;

    @Option(names = "--latency-iters", description = "one-image predictions timed (default: ${DEFAULT-VALUE})")
    private int latencyIterations = 200;

    @Option(names = "--rounds", description = "alternating rounds of every net (default: ${DEFAULT-VALUE})")
    private int rounds = 1;

    @Option(names = "--torch", description = "the PyTorch peer script (torch_fmnist.py) to run alternately with ours")
    private Path torch;

    @Option(names = "--workers", description = "instead of the comparison: N threads of one OpenMP thread each train "
            + "copies of each net on alternate batches, averaging parameters and Adam's state (default: 0, off)")
    private int workers = 0;

    @Option(names = "--average-every", description = "with --workers: steps per worker between averagings "
            + "(default: ${DEFAULT-VALUE})")
    private int averageEvery = 1;

    @Option(names = "--python", description = "default: ${DEFAULT-VALUE}")
    private String python = "/usr/bin/python3";

    @Override
    public Integer call() throws IOException, FormatException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        SpeedData fashion = SpeedData.of(read(data, "train"), read(data, "t10k"),
                IntStream.range(0, 10).mapToObj(String::valueOf).toList());
        out.printf("speed bench: %s, %,d train / %,d test images read in %.1f s; batch %d, %s%n", data,
                fashion.train().size(), fashion.test().size(), (System.nanoTime() - t0) / 1e9, batch,
                maxBatches == 0 ? "one full epoch" : maxBatches + " steps");
        SpeedBenchmark.Options options = new SpeedBenchmark.Options(batch, maxBatches, latencyIterations, 100, 42,
                threads);
        if (workers > 0) {
            for (int round = 1; round <= rounds; round++) {
                for (String name : nets) {
                    SpeedBenchmark.Net net = SpeedBenchmark.Net.valueOf(name.trim().toUpperCase(Locale.ROOT));
                    DataParallelSpeed.Result result = DataParallelSpeed.run(net, fashion, options, workers,
                            averageEvery);
                    out.printf(Locale.ROOT, "  round %d %-6s %d workers, averaging every %d steps: %,.0f training "
                                    + "examples/s (%,d examples), test accuracy %.2f%%%n", round,
                            name.trim(), result.workers(), result.averageEvery(), result.examplesPerSecond(),
                            result.examples(), 100 * result.testAccuracy());
                    out.flush();
                }
            }
            return 0;
        }
        List<Column> columns = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (String name : nets) {
                SpeedBenchmark.Net net = SpeedBenchmark.Net.valueOf(name.trim().toUpperCase(Locale.ROOT));
                boolean perNet = resetPeakRss();
                SpeedBenchmark.Result result = SpeedBenchmark.run(net, fashion, options);
                Column ours = Column.of(result, round, perNet);
                columns.add(ours);
                out.printf("  round %d %-6s DL4J    %s%n", round, result.net(), ours.brief());
                out.printf("    settings: %s%n", result.settings());
                out.flush();
                if (torch != null) {
                    Column theirs = runTorch(net, round);
                    columns.add(theirs);
                    out.printf("  round %d %-6s PyTorch %s%n", round, result.net(), theirs.brief());
                    out.flush();
                }
            }
        }
        print(out, columns);
        out.printf("peak heap %s%n", BenchCommand.peakHeap());
        return 0;
    }

    static IdxFormat.Images read(Path folder, String stem) throws FormatException, IOException {
        return IdxFormat.readPair(find(folder, stem + "-images-idx3-ubyte"), find(folder, stem + "-labels-idx1-ubyte"));
    }

    private static Path find(Path folder, String stem) throws IOException {
        for (String name : new String[] {stem, stem + ".gz"}) {
            if (Files.isRegularFile(folder.resolve(name))) {
                return folder.resolve(name);
            }
        }
        throw new IOException(stem + "[.gz] is not in " + folder);
    }

    /** The peer script on the same data, its batch, seed and thread count (2 unless --threads says otherwise). */
    private Column runTorch(SpeedBenchmark.Net net, int round) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python, torch.toString(), "--data", data.toString(), "--model",
                net.name().toLowerCase(Locale.ROOT), "--batch", String.valueOf(batch), "--seed", "42",
                "--threads", String.valueOf(threads > 0 ? threads : 2), "--latency-iters",
                String.valueOf(latencyIterations)));
        if (maxBatches > 0) {
            command.addAll(List.of("--max-batches", String.valueOf(maxBatches)));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Both sides wait alike: the peer gets our wait policy (the studio's PASSIVE unless the caller exported one).
        String ours = waitPolicy();
        if (!ours.startsWith("unknown")) {
            builder.environment().putIfAbsent("OMP_WAIT_POLICY", ours);
        }
        Process process = builder.start();
        Map<String, String> results = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
                if (line.startsWith("JSON ")) {
                    // The script's own ru_maxrss inherits this JVM's peak across fork and exec: read its VmHWM instead.
                    Optional<Double> peak = peakRss(Path.of("/proc/" + process.pid() + "/status"));
                    results.remove("peak_rss_mib");
                    peak.ifPresent(mb -> results.put("peak_rss_mib", String.valueOf(mb / 1.048576)));
                }
                String[] parts = line.split(" ", 3);
                if (parts.length == 3 && parts[0].equals("RESULT")) {
                    results.put(parts[1], parts[2]);
                }
            }
        }
        if (process.waitFor() != 0 || !results.containsKey("train_ex_per_s")) {
            throw new IOException("the PyTorch script failed: " + String.join("\n", lines.subList(
                    Math.max(0, lines.size() - 10), lines.size())));
        }
        PeerSettings peer = PeerSettings.of(results);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("    peer settings: %s; ours: OMP_WAIT_POLICY=%s%n", peer.describe(), waitPolicy());
        peer.warnings(waitPolicy()).forEach(w -> out.printf("    WARNING: %s%n", w));
        return Column.ofTorch(net.name().toLowerCase(Locale.ROOT), round, results);
    }

    /** The wait policy our native code runs with, as it sees it once the runtime has set the studio's default. */
    private static String waitPolicy() {
        Dl4jRuntime.configure();
        return Dl4jRuntime.ompWaitPolicy();
    }

    /** One run's figures as table cells; "-" where the run has no such figure. */
    private record Column(String title, Map<String, String> cells) {
        static final List<String> ROWS = List.of("training examples/s", "test accuracy, 1 epoch",
                "1 image, model: median ms", "1 image, model: p90 ms", "1 image, model: p99 ms",
                "1 image from PNG: median ms", "1 image from PNG: p99 ms", "batch 64: images/s",
                "ONNX Runtime, 1 image: median ms", "ONNX Runtime, 1 image: p90 ms", "ONNX Runtime, batch 64: images/s",
                "ONNX Runtime, max |diff| to DL4J", "peak RSS MB", "threads");

        static Column of(SpeedBenchmark.Result r, int round, boolean perNet) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put(ROWS.get(0), String.format(Locale.ROOT, "%,.0f", r.trainPerSecond()));
            cells.put(ROWS.get(1), String.format(Locale.ROOT, "%.2f%%", 100 * r.testAccuracy()));
            cells.put(ROWS.get(2), ms(r.model().medianMs()));
            cells.put(ROWS.get(3), ms(r.model().p90Ms()));
            cells.put(ROWS.get(4), ms(r.model().p99Ms()));
            cells.put(ROWS.get(5), ms(r.png().medianMs()));
            cells.put(ROWS.get(6), ms(r.png().p99Ms()));
            cells.put(ROWS.get(7), String.format(Locale.ROOT, "%,.0f", r.batchPerSecond()));
            cells.put(ROWS.get(8), ms(r.onnxRuntime().oneImage().medianMs()));
            cells.put(ROWS.get(9), ms(r.onnxRuntime().oneImage().p90Ms()));
            cells.put(ROWS.get(10), String.format(Locale.ROOT, "%,.0f", r.onnxRuntime().batchPerSecond()));
            cells.put(ROWS.get(11), String.format(Locale.ROOT, "%.1e", r.onnxRuntime().maxDifference()));
            cells.put(ROWS.get(12), peakRss().map(mb -> String.format(Locale.ROOT, perNet ? "%,.0f*" : "%,.0f**", mb))
                    .orElse("-"));
            cells.put(ROWS.get(13), String.valueOf(r.settings().threads()));
            return new Column(r.net() + " DL4J" + (round > 1 ? " #" + round : ""), cells);
        }

        static Column ofTorch(String net, int round, Map<String, String> results) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put(ROWS.get(0), number(results.get("train_ex_per_s"), "%,.0f", 1));
            cells.put(ROWS.get(1), number(results.get("epoch1_test_acc"), "%.2f%%", 100));
            cells.put(ROWS.get(2), number(results.get("infer1_ms_median"), "%.2f", 1));
            cells.put(ROWS.get(3), number(results.get("infer1_ms_p90"), "%.2f", 1));
            cells.put(ROWS.get(7), number(results.get("infer64_img_per_s"), "%,.0f", 1));
            cells.put(ROWS.get(12), number(results.get("peak_rss_mib"), "%,.0f", 1.048576));
            cells.put(ROWS.get(13), results.getOrDefault("threads", "-"));
            return new Column(net + " PyTorch " + results.getOrDefault("torch", "") + (round > 1 ? " #" + round : ""),
                    cells);
        }

        String brief() {
            return String.format("%s examples/s, accuracy %s, 1 image %s ms (PNG %s ms; ONNX Runtime %s ms), batch %s "
                    + "images/s (ONNX Runtime %s)", cells.get(ROWS.get(0)), cells.get(ROWS.get(1)), cells.get(ROWS.get(2)),
                    cells.getOrDefault(ROWS.get(5), "-"), cells.getOrDefault(ROWS.get(8), "-"),
                    cells.getOrDefault(ROWS.get(7), "-"), cells.getOrDefault(ROWS.get(10), "-"));
        }

        private static String ms(double value) {
            return String.format(Locale.ROOT, "%.2f", value);
        }

        private static String number(String value, String format, double scale) {
            return value == null ? "-" : String.format(Locale.ROOT, format, Double.parseDouble(value) * scale);
        }
    }

    private static void print(PrintWriter out, List<Column> columns) {
        int width = columns.stream().mapToInt(c -> c.title().length()).max().orElse(10) + 2;
        out.println();
        out.printf("%-36s", "");
        columns.forEach(c -> out.printf("%" + width + "s", c.title()));
        out.println();
        for (String row : Column.ROWS) {
            out.printf("%-36s", row);
            columns.forEach(c -> out.printf("%" + width + "s", c.cells().getOrDefault(row, "-")));
            out.println();
        }
        out.println("* DL4J's peak RSS during that net's run (the peak is reset before each net; the data read once and "
                + "what the JVM still holds count); PyTorch's is one process per net.");
        out.println("** the whole JVM's so far (this system cannot reset the peak)");
    }

    /**
     * Lets the next net's peak resident memory be its own, as the peer's is one process per net: after a collection,
     * Linux resets VmHWM to the current RSS when "5" is written to clear_refs (Linux 4.0+). False where it cannot.
     */
    private static boolean resetPeakRss() {
        System.gc();
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** This process's peak resident memory (VmHWM), in MB. */
    private static Optional<Double> peakRss() {
        return peakRss(Path.of("/proc/self/status"));
    }

    private static Optional<Double> peakRss(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024 / 1e6);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
