package org.whiskerstudio.labelling.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.whiskerstudio.common.edit.EditCommand;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;

/**
 * The one command behind every annotation edit: some annotations as they were become some as they are now
 * (adding: none to one; deleting: one to none; moving, resizing, re-classing: one to one; single-label tagging:
 * the old tag to the new). New annotations get their ids on the first execute and keep them on redo, so later
 * edits that refer to them stay valid. Provenance goes with them: the annotations written are marked with the
 * edit's sources (typed, unless the edit says otherwise: an accepted suggestion), and an undo puts the earlier ones
 * back with the sources they had, read when the edit first ran.
 */
public final class ReplaceAnnotations implements EditCommand {
    private final AnnotationStore store;
    private final String description;
    private final List<Annotation> before;
    private List<Annotation> after;
    private final List<LabelSource> afterSources;
    private Optional<List<LabelSource>> beforeSources = Optional.empty();

    public ReplaceAnnotations(AnnotationStore store, String description, List<Annotation> before, List<Annotation> after) {
        this(store, description, before, after, Collections.nCopies(after.size(), new LabelSource.Typed()));
    }

    /** An edit whose results are marked with these sources, {@code afterSources.get(i)} for {@code after.get(i)}. */
    public ReplaceAnnotations(AnnotationStore store, String description, List<Annotation> before, List<Annotation> after,
                              List<LabelSource> afterSources) {
        if (afterSources.size() != after.size()) {
            throw new IllegalArgumentException(afterSources.size() + " sources for " + after.size() + " annotations");
        }
        this.store = store;
        this.description = description;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        this.afterSources = List.copyOf(afterSources);
    }

    public static ReplaceAnnotations add(AnnotationStore store, String description, Annotation added) {
        return new ReplaceAnnotations(store, description, List.of(), List.of(added));
    }

    public static ReplaceAnnotations remove(AnnotationStore store, String description, List<Annotation> removed) {
        return new ReplaceAnnotations(store, description, removed, List.of());
    }

    public static ReplaceAnnotations change(AnnotationStore store, String description, Annotation was, Annotation now) {
        return new ReplaceAnnotations(store, description, List.of(was), List.of(now));
    }

    @Override
    public void execute() {
        if (beforeSources.isEmpty()) {
            beforeSources = Optional.of(sourcesOf(before));
        }
        after = store.apply(idsNotIn(before, after), after, afterSources);
    }

    @Override
    public void undo() {
        store.apply(idsNotIn(after, before), before, beforeSources.orElseGet(() -> sourcesOf(before)));
    }

    /** The stored sources of {@code annotations}; one no longer stored (or not yet) counts as typed. */
    private List<LabelSource> sourcesOf(List<Annotation> annotations) {
        Map<Long, LabelSource> stored = store.sources(annotations.stream().map(Annotation::id).toList());
        return annotations.stream().map(a -> stored.getOrDefault(a.id(), new LabelSource.Typed())).toList();
    }

    /** The annotations as the edit left them (with ids once executed). */
    public List<Annotation> result() {
        return after;
    }

    @Override
    public String description() {
        return description;
    }

    /** Ids of {@code from} that {@code keep} does not write again. */
    private static List<Long> idsNotIn(List<Annotation> from, List<Annotation> keep) {
        Set<Long> kept = keep.stream().map(Annotation::id).collect(Collectors.toSet());
        List<Long> ids = new ArrayList<>();
        for (Annotation a : from) {
            if (a.id() != 0 && !kept.contains(a.id())) {
                ids.add(a.id());
            }
        }
        return ids;
    }
}
