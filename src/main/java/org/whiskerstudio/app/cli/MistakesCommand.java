package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.suggest.KeptLabel;
import org.whiskerstudio.suggest.LabelMistake;
import org.whiskerstudio.suggest.LabelMistakes;
import org.whiskerstudio.suggest.MistakeScan;
import org.whiskerstudio.suggest.dl4j.MistakeScanner;
import org.whiskerstudio.terminal.TerminalProgress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code whisker mistakes PROJECT --run ID}: the labelled training and validation examples the run contradicts with
 * p >= the threshold, surest first; {@code --keep IMAGE_ID} first records that those labels are right.
 */
@Command(name = "mistakes", description = "List possible label mistakes: labelled training and validation examples "
        + "a classifier run puts in another class with at least --threshold probability, surest first. --keep "
        + "records that an example's label is right (it stays off the list until the label changes).")
final class MistakesCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @Option(names = "--run", paramLabel = "ID", required = true, description = "the classifier run that checks the "
            + "labels (whisker train PROJECT --list shows them)")
    private long runId;

    @Option(names = "--threshold", paramLabel = "P", description = "the run's least probability of another class "
            + "(default: ${DEFAULT-VALUE})")
    private double threshold = LabelMistakes.DEFAULT_THRESHOLD;

    @Option(names = "--keep", paramLabel = "IMAGE_ID", arity = "1..*", description = "keep these examples' labels "
            + "before listing")
    private List<Long> keep = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threshold must be between 0 and 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectStore store = keep.isEmpty() ? ProjectStore.openReadOnly(project) : ProjectStore.open(project)) {
            LabelMistakes mistakes = new LabelMistakes(store);
            keep(store, mistakes, out);
            TerminalProgress progress = new TerminalProgress(out);
            Optional<MistakeScan> scan = new MistakeScanner().scan(store, runId, progress, new Cancellation());
            progress.finish();
            if (scan.isEmpty()) {
                return 1;
            }
            print(store, scan.get(), mistakes.list(scan.get(), threshold), out);
            return 0;
        }
    }

    private void keep(ProjectStore store, LabelMistakes mistakes, PrintWriter out) {
        Map<Long, String> labels = CurrentLabels.of(store);
        for (long id : keep) {
            String label = labels.get(id);
            if (label == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--keep " + id + ": the project has no "
                        + "example " + id + " with exactly one class");
            }
            mistakes.keep(new KeptLabel(id, label, runId));
            out.printf(Locale.ROOT, "Kept the label %s of example %d.%n", label, id);
        }
    }

    private void print(ProjectStore store, MistakeScan scan, List<LabelMistake> listed, PrintWriter out) {
        Map<Long, String> names = new HashMap<>();
        for (ImageAsset image : store.images(ImageQuery.ALL)) {
            names.put(image.id(), image.fileName());
        }
        out.printf(Locale.ROOT, "Run %d: %d possible label mistake%s (another class at p >= %.2f) among %d training "
                + "and validation examples, surest first.%n", runId, listed.size(), listed.size() == 1 ? "" : "s",
                threshold, scan.probabilities().size());
        if (!listed.isEmpty()) {
            out.printf(Locale.ROOT, "%-8s %-28s %-16s %-16s %6s%n", "image", "file", "label", "run says", "p");
        }
        for (LabelMistake m : listed) {
            out.printf(Locale.ROOT, "%-8d %-28s %-16s %-16s %6.3f%n", m.imageId(), names.getOrDefault(m.imageId(), "?"),
                    m.label(), m.predicted(), m.probability());
        }
        scan.notes().forEach(n -> out.println("Note: " + n));
        out.flush();
    }
}
