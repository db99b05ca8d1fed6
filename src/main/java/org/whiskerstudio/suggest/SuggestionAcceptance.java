package org.whiskerstudio.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.labelling.edit.ReplaceAnnotations;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectStore;

/**
 * Accepting suggestions: each accepted one becomes a class tag on its example, marked as the run's suggestion with its
 * probability in the same transaction. However many are accepted at once, they are one edit: one undo takes them all
 * back. Only examples still without any label take a suggestion (one labelled meanwhile keeps its label), and only
 * suggestions of a class the project still has.
 */
public final class SuggestionAcceptance {
    /** The edit accepting some suggestions (not yet run) and how many it accepts. */
    public record Accepting(ReplaceAnnotations edit, int count) {
    }

    /**
     * Probabilities come from the model as floats: 0.9f is 0.8999999761... as a double, and a person who sets 0.9
     * means to take it.
     */
    private static final double FLOAT_SLACK = 1e-6;
    private final ProjectStore store;
    private final AnnotationStore annotations;

    public SuggestionAcceptance(ProjectStore store) {
        this.store = store;
        this.annotations = new AnnotationStore(store);
    }

    /** The edit accepting one suggestion; empty when its example is labelled by now or its class is gone. */
    public Optional<Accepting> one(Suggestion suggestion) {
        return atLeast(List.of(suggestion), 0);
    }

    /**
     * The edit accepting every suggestion of {@code view} whose probability is at least {@code threshold}; empty when
     * there is none to accept.
     */
    public Optional<Accepting> atLeast(Collection<Suggestion> view, double threshold) {
        Map<String, Long> classIds = store.labelClasses().stream()
                .collect(Collectors.toMap(LabelClass::name, LabelClass::id, (a, b) -> a));
        List<Suggestion> wanted = view.stream()
                .filter(s -> s.probability() >= threshold - FLOAT_SLACK && classIds.containsKey(s.className())).toList();
        Set<Long> labelled = store.read(c -> SuggestionTable.labelled(c,
                wanted.stream().map(Suggestion::imageId).toList()));
        List<Annotation> tags = new ArrayList<>();
        List<LabelSource> sources = new ArrayList<>();
        for (Suggestion s : wanted.stream().filter(s -> !labelled.contains(s.imageId()))
                .collect(Collectors.toMap(Suggestion::imageId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new)).values()) {
            tags.add(new Annotation(0, s.imageId(), classIds.get(s.className()), new Shape.Tag(), Set.of()));
            sources.add(new LabelSource.Suggested(s.runId(), s.probability()));
        }
        if (tags.isEmpty()) {
            return Optional.empty();
        }
        String description = tags.size() == 1 ? "Accept suggestion" : "Accept " + tags.size() + " suggestions";
        return Optional.of(new Accepting(new ReplaceAnnotations(annotations, description, List.of(), tags, sources),
                tags.size()));
    }

    /**
     * Accepts every stored suggestion of a still-unlabelled example at or above {@code threshold} (the command line's
     * {@code --accept-above}); returns the tags written.
     */
    public List<Annotation> acceptStored(double threshold) {
        Optional<Accepting> accepting = atLeast(new SuggestionStore(store).list(SuggestionOrder.CERTAIN,
                Integer.MAX_VALUE), threshold);
        accepting.ifPresent(a -> a.edit().execute());
        return accepting.map(a -> a.edit().result()).orElse(List.of());
    }
}
