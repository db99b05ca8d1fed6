package org.whiskerstudio.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.whiskerstudio.labelling.LabelSources;
import org.whiskerstudio.project.ProjectStore;

/**
 * How many of a test-part evaluation's examples carry a label a person accepted from a run's suggestion, and from
 * which runs. Such a label agrees with a model by construction (often the very model evaluated), so a test part
 * made of them flatters it: Evaluate and {@code whisker evaluate} say so.
 *
 * @param runs the runs whose suggestions they were, in increasing order
 */
public record SuggestedLabels(int suggested, int total, List<Long> runs) {
    public SuggestedLabels {
        runs = List.copyOf(runs);
    }

    public static SuggestedLabels none() {
        return new SuggestedLabels(0, 0, List.of());
    }

    /** Counts them in the project's current labels; an evaluation of other data than the test part has none. */
    public static SuggestedLabels of(ProjectStore store, Evaluation evaluation) {
        if (!TestPartCurrency.TEST_PART.equals(evaluation.data())) {
            return none();
        }
        return of(evaluation, new LabelSources(store).suggestedRunByImage());
    }

    /** Counts the evaluation's examples found in {@code suggestedRunByImage} (image id to the suggesting run). */
    public static SuggestedLabels of(Evaluation evaluation, Map<Long, Long> suggestedRunByImage) {
        TreeSet<Long> runs = new TreeSet<>();
        int suggested = 0;
        for (ScoredExample p : evaluation.predictions()) {
            Long run = suggestedRunByImage.get(p.imageId());
            if (run != null) {
                suggested++;
                runs.add(run);
            }
        }
        return new SuggestedLabels(suggested, evaluation.predictions().size(), List.copyOf(runs));
    }

    /** "12 of 300 test labels were accepted suggestions (run 3): these flatter the model"; empty when none were. */
    public Optional<String> warning() {
        if (suggested == 0) {
            return Optional.empty();
        }
        String runList = runs.stream().map(String::valueOf).collect(Collectors.joining(", "));
        boolean one = suggested == 1;
        return Optional.of(suggested + " of " + total + " test labels " + (one ? "was an accepted suggestion"
                : "were accepted suggestions") + " (run" + (runs.size() == 1 ? " " : "s ") + runList + "): "
                + (one ? "it flatters" : "these flatter") + " the model");
    }
}
