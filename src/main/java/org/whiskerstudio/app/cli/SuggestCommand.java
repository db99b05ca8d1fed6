package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.suggest.Suggestion;
import org.whiskerstudio.suggest.SuggestionAcceptance;
import org.whiskerstudio.suggest.SuggestionOrder;
import org.whiskerstudio.suggest.SuggestionStore;
import org.whiskerstudio.suggest.SuggestionSummary;
import org.whiskerstudio.suggest.dl4j.Suggester;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.terminal.TerminalProgress;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code whisker suggest PROJECT --run ID}: a classifier run suggests a label for every unlabelled example (replacing
 * the project's earlier suggestions); {@code --list} prints the suggestion queue in one of its orders;
 * {@code --accept-above P} accepts the stored suggestions at or above P.
 */
@Command(name = "suggest", description = "Suggest labels for every unlabelled example with a classifier run "
        + "(replacing earlier suggestions: one run's at a time), or --list the suggestions of still-unlabelled "
        + "examples, or --accept-above P to accept them.")
final class SuggestCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Action action;

    /** Either suggest with a run or list what is stored. */
    static final class Action {
        @Option(names = "--run", paramLabel = "ID", description = "the classifier run that suggests (whisker train "
                + "PROJECT --list shows them)")
        private Long runId;

        @Option(names = "--list", description = "list the stored suggestions instead of suggesting")
        private boolean list;

        @Option(names = "--accept-above", paramLabel = "P", description = "accept every stored suggestion of a "
                + "still-unlabelled example whose probability is at least P (0 to 1); the labels are marked as "
                + "suggested, with the run and probability")
        private Double acceptAbove;
    }

    @Option(names = "--order", paramLabel = "ORDER", description = "with --list: uncertain (smallest margin first, "
            + "the default), certain (largest margin first) or class (by suggested class)")
    private String order = SuggestionOrder.UNCERTAIN.key();

    @Option(names = "--limit", paramLabel = "K", description = "with --list: at most K lines (default: ${DEFAULT-VALUE})")
    private int limit = 50;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectStore store = action.list ? ProjectStore.openReadOnly(project) : ProjectStore.open(project)) {
            if (action.acceptAbove != null) {
                return accept(store, action.acceptAbove, out);
            }
            return action.list ? list(store, out) : suggest(store, action.runId, out);
        }
    }

    private static int suggest(ProjectStore store, long runId, PrintWriter out) throws IOException {
        TerminalProgress progress = new TerminalProgress(out);
        Optional<Suggester.Outcome> outcome = new Suggester().suggest(store, runId, progress, new Cancellation());
        progress.finish();
        if (outcome.isEmpty()) {
            return 1;
        }
        SuggestionSummary summary = outcome.get().summary();
        out.printf(Locale.ROOT, "Run %d suggested labels for %d unlabelled examples.%n", runId, summary.suggested());
        summary.perClass().forEach((name, count) -> out.printf(Locale.ROOT, "  %-20s %d%n", name, count));
        out.printf(Locale.ROOT, "Below margin %.1f (the model hesitates): %d%n", SuggestionSummary.LOW_MARGIN,
                summary.lowMargin());
        outcome.get().notes().forEach(n -> out.println("Note: " + n));
        out.flush();
        return 0;
    }

    private int accept(ProjectStore store, double threshold, PrintWriter out) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--accept-above must be between 0 and 1, not "
                    + threshold);
        }
        int accepted = new SuggestionAcceptance(store).acceptStored(threshold).size();
        out.printf(Locale.ROOT, "Accepted %d %s at or above %s (labels marked as suggested); %d left.%n", accepted,
                accepted == 1 ? "suggestion" : "suggestions", threshold, new SuggestionStore(store).countUnlabelled());
        out.flush();
        return 0;
    }

    private int list(ProjectStore store, PrintWriter out) {
        SuggestionOrder chosen = SuggestionOrder.byKey(order).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--order must be uncertain, certain or class, not \"" + order + "\""));
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        SuggestionStore suggestions = new SuggestionStore(store);
        List<Suggestion> listed = suggestions.list(chosen, limit);
        if (listed.isEmpty()) {
            out.println("No suggestions for unlabelled examples: run whisker suggest PROJECT --run ID first.");
            return 0;
        }
        Map<Long, String> names = new HashMap<>();
        for (ImageAsset image : store.images(new ImageQuery(new ImageQuery.LabelFilter.Unlabelled(), ""))) {
            names.put(image.id(), image.fileName());
        }
        out.printf(Locale.ROOT, "%d of %d suggestions (run %d), %s first:%n", listed.size(),
                suggestions.countUnlabelled(), listed.get(0).runId(), chosen.key());
        out.printf(Locale.ROOT, "%-8s %-28s %-16s %6s %6s  %s%n", "image", "file", "suggested", "p", "margin", "top");
        for (Suggestion s : listed) {
            out.printf(Locale.ROOT, "%-8d %-28s %-16s %6.3f %6.3f  %s%n", s.imageId(),
                    names.getOrDefault(s.imageId(), "?"), s.className(), s.probability(), s.margin(),
                    s.top().stream().map(t -> String.format(Locale.ROOT, "%s %.2f", t.className(), t.probability()))
                            .collect(Collectors.joining(", ")));
        }
        out.flush();
        return 0;
    }
}
