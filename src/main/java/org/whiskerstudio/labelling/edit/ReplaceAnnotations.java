package org.whiskerstudio.labelling.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.whiskerstudio.common.edit.EditCommand;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;

/**
 * The one command behind every annotation edit: some annotations as they were become some as they are now
 * (adding: none to one; deleting: one to none; moving, resizing, re-classing: one to one; single-label tagging:
 * the old tag to the new). New annotations get their ids on the first execute and keep them on redo, so later
 * edits that refer to them stay valid.
 */
public final class ReplaceAnnotations implements EditCommand {
    private final AnnotationStore store;
    private final String description;
    private final List<Annotation> before;
    private List<Annotation> after;

    public ReplaceAnnotations(AnnotationStore store, String description, List<Annotation> before, List<Annotation> after) {
        this.store = store;
        this.description = description;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
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
        after = store.apply(idsNotIn(before, after), after);
    }

    @Override
    public void undo() {
        store.apply(idsNotIn(after, before), before);
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
