package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.detection.DetectionResults;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.evaluation.AnomalyEvaluation;
import org.whiskerstudio.evaluation.ClassMetrics;
import org.whiskerstudio.evaluation.ConfusedPair;
import org.whiskerstudio.evaluation.ConfusionMatrix;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.EvaluationData;
import org.whiskerstudio.evaluation.EvaluationReport;
import org.whiskerstudio.evaluation.LabelledFolders;
import org.whiskerstudio.evaluation.SuggestedLabels;
import org.whiskerstudio.evaluation.dl4j.AnomalyEvaluator;
import org.whiskerstudio.evaluation.dl4j.DetectorEvaluator;
import org.whiskerstudio.evaluation.dl4j.Evaluator;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.terminal.AnomalyLines;
import org.whiskerstudio.terminal.DetectionLines;
import org.whiskerstudio.terminal.TerminalProgress;
import org.whiskerstudio.training.DetectorFiles;
import org.whiskerstudio.training.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code whisker evaluate PROJECT --run ID}: the Evaluate screen's numbers on a terminal, and its report. */
@Command(name = "evaluate", description = "Evaluate a run's model on the project's test part (or another project's "
        + "labelled images): accuracy, per-class metrics, top-3, most confused pairs; --report writes HTML and CSV.")
final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @Option(names = "--run", paramLabel = "ID", required = true, description = "the run to evaluate (whisker train "
            + "PROJECT --list shows them)")
    private long runId;

    @Option(names = "--data", paramLabel = "PROJECT_OR_FOLDER", description = "evaluate on every labelled image of "
            + "another project, or of a folder with one sub-folder per class, instead of the test part (classes "
            + "matched by name)")
    private Path data;

    @Option(names = "--report", paramLabel = "DIR", description = "write evaluation.html and evaluation.csv here")
    private Path report;

    @Option(names = "--confidence", paramLabel = "P", description = "a detector run: the confidence threshold its "
            + "boxes are kept at, kept with the run (default: the run's, first 0.25)")
    private Double confidence;

    @Option(names = "--nms-iou", paramLabel = "IOU", description = "a detector run: the overlap above which boxes of "
            + "a class are merged, kept with the run (default: the run's, first 0.45)")
    private Double nmsIou;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            TerminalProgress progress = new TerminalProgress(out);
            ModelKind kind = new RunStore(store).open(runId).run().kind();
            if (kind == ModelKind.AUTOENCODER) {
                return anomalies(out, store, progress);
            }
            if (kind == ModelKind.DETECTOR) {
                return detections(out, store, progress);
            }
            EvaluationData source = data == null ? new EvaluationData.TestPart()
                    : new EvaluationData.OtherProject(LabelledFolders.asProject(store, data, progress, new Cancellation()));
            Optional<Evaluation> result = new Evaluator().evaluate(store, runId, source, progress, new Cancellation());
            progress.finish();
            if (result.isEmpty()) {
                return 1;
            }
            Evaluation e = result.get();
            if (e.predictions().isEmpty()) {
                out.println("No images to evaluate on " + e.data() + ".");
                e.notes().forEach(out::println);
                return 2;
            }
            print(out, e);
            SuggestedLabels.of(store, e).warning().ifPresent(w -> out.println("Warning: " + w + "."));
            if (report != null) {
                List<Path> files = EvaluationReport.of(e).write(report);
                out.println("Report: " + files.get(0) + " and " + files.get(1).getFileName());
            }
            out.flush();
            return 0;
        }
    }

    /** An autoencoder's run is judged by its anomaly scores on the test part, not by classes. */
    private int anomalies(PrintWriter out, ProjectStore store, TerminalProgress progress) throws IOException {
        if (data != null || report != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "run " + runId + " is an autoencoder: it is "
                    + "evaluated on the project's own test part, without --data or --report in this version");
        }
        Optional<AnomalyEvaluation> result = AnomalyEvaluator.evaluate(store, runId, progress, new Cancellation());
        progress.finish();
        if (result.isEmpty()) {
            return 1;
        }
        if (result.get().test().isEmpty()) {
            out.println("No examples in the test part to evaluate on.");
            return 2;
        }
        AnomalyLines.print(out, result.get());
        out.flush();
        return 0;
    }

    /** A detector's run is judged by its boxes on the test part: mAP, per-class AP, kept in the run's folder. */
    private int detections(PrintWriter out, ProjectStore store, TerminalProgress progress) throws IOException {
        if (data != null || report != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "run " + runId + " is a detector: it is "
                    + "evaluated on the project's own test part, without --data or --report in this version");
        }
        DetectorFiles files = new DetectorFiles(new RunStore(store).folder(runId));
        DetectionSettings kept = files.readSettings();
        DetectionSettings settings;
        try {
            settings = new DetectionSettings(confidence == null ? kept.confidence() : confidence,
                    nmsIou == null ? kept.nmsIou() : nmsIou);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Optional<DetectionResults> result = DetectorEvaluator.evaluate(store, runId, settings, progress,
                new Cancellation());
        progress.finish();
        if (result.isEmpty()) {
            return 1;
        }
        if (result.get().images().isEmpty()) {
            out.println("No boxed images in the test or validation part to evaluate on.");
            return 2;
        }
        DetectionLines.print(out, new RunStore(store).open(runId).run().name() + " (detector)", result.get(),
                result.get().report());
        out.println("Kept in " + files.evaluation());
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, Evaluation e) {
        ConfusionMatrix m = e.matrix();
        out.printf(Locale.ROOT, "%s on %s: %d images%n", e.runName(), e.data(), m.total());
        out.printf(Locale.ROOT, "Accuracy        %6.2f%%%n", 100 * m.accuracy());
        out.printf(Locale.ROOT, "Top-%d accuracy  %6.2f%%%n%n", EvaluationReport.TOP_K,
                100 * m.topK(EvaluationReport.TOP_K));
        int width = Math.max(16, m.classes().stream().mapToInt(String::length).max().orElse(0) + 2);
        String row = "%-" + width + "s %9s %9s %9s %8s%n";
        out.printf(Locale.ROOT, row, "class", "precision", "recall", "f1", "support");
        for (ClassMetrics c : m.perClass()) {
            out.printf(Locale.ROOT, row, c.name(), f(c.precision()), f(c.recall()), f(c.f1()), c.support());
        }
        out.printf(Locale.ROOT, row, "macro avg", f(m.macro().precision()), f(m.macro().recall()), f(m.macro().f1()),
                m.total());
        out.printf(Locale.ROOT, row, "weighted avg", f(m.weighted().precision()), f(m.weighted().recall()),
                f(m.weighted().f1()), m.total());
        List<ConfusedPair> pairs = m.mostConfusedPairs(5);
        if (!pairs.isEmpty()) {
            out.println();
            out.println("Most confused pairs:");
            for (ConfusedPair p : pairs) {
                out.printf(Locale.ROOT, "  %s <-> %s: %d (%d / %d)%n", m.classes().get(p.a()), m.classes().get(p.b()),
                        p.total(), p.aAsB(), p.bAsA());
            }
        }
        e.notes().forEach(n -> out.println("Note: " + n));
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
