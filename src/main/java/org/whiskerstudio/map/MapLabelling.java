package org.whiskerstudio.map;

import java.util.Collection;
import java.util.Optional;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.ClassStore;
import org.whiskerstudio.labelling.edit.ClassTagging;
import org.whiskerstudio.labelling.edit.ReplaceAnnotations;

/**
 * Labels many examples of the map at once, a lasso's selection or a named cluster: one undoable edit (one
 * transaction) that gives each the class, typed by the person.
 */
public final class MapLabelling {
    private MapLabelling() {
    }

    /** The edit, to run on an undo stack; empty for no examples or a class the project does not have. */
    public static Optional<ReplaceAnnotations> label(AnnotationStore annotations, Collection<Long> imageIds,
                                                     String className) {
        if (imageIds.isEmpty()) {
            return Optional.empty();
        }
        return ClassTagging.relabel(annotations, imageIds, className, "Label " + imageIds.size() + " example"
                + (imageIds.size() == 1 ? "" : "s") + " as " + className);
    }

    /**
     * Naming a cluster: the class is created when the project lacks it (like adding a class on the Label screen, it
     * stays when the labelling is undone), then the members are labelled in one edit.
     */
    public static Optional<ReplaceAnnotations> name(AnnotationStore annotations, Collection<Long> members,
                                                    String className) {
        String name = className.strip();
        if (name.isEmpty() || members.isEmpty()) {
            return Optional.empty();
        }
        if (annotations.project().labelClasses().stream().noneMatch(c -> c.name().equals(name))) {
            new ClassStore(annotations.project()).create(name);
        }
        return label(annotations, members, name);
    }
}
