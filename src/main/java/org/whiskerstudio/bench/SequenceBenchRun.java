package org.whiskerstudio.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.bench.dl4j.TemplateTraining;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.evaluation.ClassMetrics;
import org.whiskerstudio.evaluation.ConfusionMatrix;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.EvaluationData;
import org.whiskerstudio.evaluation.dl4j.Evaluator;
import org.whiskerstudio.project.NewImage;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.TextExample;
import org.whiskerstudio.terminal.RunTable;
import org.whiskerstudio.terminal.TerminalTraining;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingRun;

/**
 * What the sequence benches share: training an LSTM template on a project and printing test accuracy, per-class
 * recall and the majority-class baseline. The spam bench also stores its mails here (UTF-8 text under
 * {@code images/}, one {@code image} row each): they come out of JSON files no importer reads, so the bench
 * unpacks them itself; the sensor bench goes through the studio's series importer.
 */
final class SequenceBenchRun {
    private final ProjectStore store;
    private final List<NewImage> pending = new ArrayList<>();

    SequenceBenchRun(ProjectStore store) {
        this.store = store;
    }

    void text(String name, String text, String className) throws IOException {
        byte[] bytes = TextExample.normalise(text);
        String stored = new String(bytes, StandardCharsets.UTF_8);
        add(name, bytes, MediaKind.TEXT_FORMAT, stored.length(), Math.max(1, (int) stored.lines().count()), className);
    }

    private void add(String name, byte[] content, String format, int width, int height, String className)
            throws IOException {
        String hash = Hashes.sha256Hex(content);
        Path file = store.layout().storedImage(hash, MediaKind.extension(format));
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            AtomicFiles.write(file, content);
        }
        pending.add(new NewImage(hash, name, store.layout().relativize(file), name, width, height, format,
                content.length, Optional.of(className)));
        if (pending.size() >= 1000) {
            flush();
        }
    }

    void flush() {
        if (!pending.isEmpty()) {
            store.addImages(List.copyOf(pending));
            pending.clear();
        }
    }

    /** Trains {@code template} with {@code config} and prints the figures; 1 when the run did not complete. */
    int trainAndReport(PrintWriter out, String bench, String template, TrainingConfig config) throws IOException {
        flush();
        Architecture architecture = TemplateTraining.architecture(store, template);
        out.printf("%s: template %s, input %s%n", bench, template,
                architecture.network().inputShape().map(s -> s.label()).orElse("?"));
        TerminalTraining terminal = new TerminalTraining(out);
        long t0 = System.nanoTime();
        TrainingRun run = TemplateTraining.train(store, architecture, config, bench, terminal);
        double seconds = (System.nanoTime() - t0) / 1e9;
        terminal.finish();
        RunTable.printSummary(out, run, store.layout().runs().resolve(String.valueOf(run.id())));
        if (run.status() != RunStatus.COMPLETED) {
            out.printf("%s: the run did not complete: %s%n", bench, run.message());
            return 1;
        }
        Evaluation evaluation = new Evaluator().evaluate(store, run.id(), new EvaluationData.TestPart(), Progress.NONE,
                Cancellation.none()).orElseThrow();
        ConfusionMatrix m = evaluation.matrix();
        int[] truth = new int[m.size()];
        for (int t = 0; t < m.size(); t++) {
            for (int p = 0; p < m.size(); p++) {
                truth[t] += m.count(t, p);
            }
        }
        int majority = 0;
        for (int t = 1; t < truth.length; t++) {
            majority = truth[t] > truth[majority] ? t : majority;
        }
        out.printf("%s (%d epochs, batch %d, %s lr %s):%n", bench, config.epochs(), config.batchSize(),
                config.optimizer().label(), config.learningRate());
        out.printf("  test accuracy     %.2f%% on %,d unseen examples (best epoch's model)%n", 100 * m.accuracy(), m.total());
        out.printf("  majority baseline %.2f%% (always \"%s\")%n", 100.0 * truth[majority] / Math.max(1, m.total()),
                m.classes().get(majority));
        for (int c = 0; c < m.size(); c++) {
            ClassMetrics metrics = m.metrics(c);
            out.printf("  %-16s recall %.2f%%, precision %.2f%% (%d test examples)%n", m.classes().get(c),
                    100 * metrics.recall(), 100 * metrics.precision(), truth[c]);
        }
        out.printf("  confusion (rows true, columns predicted %s):%n", m.classes());
        for (int t = 0; t < m.size(); t++) {
            StringBuilder row = new StringBuilder("   ");
            for (int p = 0; p < m.size(); p++) {
                row.append(String.format(" %6d", m.count(t, p)));
            }
            out.println(row);
        }
        out.printf("  wall time         %.1f s (%d cores)%n", seconds, Runtime.getRuntime().availableProcessors());
        out.printf("  peak heap         %s%n", BenchCommand.peakHeap());
        out.flush();
        return 0;
    }
}
