package org.whiskerstudio.map;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.common.edit.CompoundEdit;
import org.whiskerstudio.common.edit.EditCommand;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.ClassStore;
import org.whiskerstudio.labelling.edit.ClassEdits;
import org.whiskerstudio.labelling.edit.ClassTagging;
import org.whiskerstudio.labelling.edit.ReplaceAnnotations;
import org.whiskerstudio.project.LabelClass;

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
     * Naming a cluster or labelling a selection with a typed name: the class is created when the project lacks it,
     * then the members are labelled, one edit: undoing it takes the labels away and the class it created with them
     * (unless labels given elsewhere use it by then).
     */
    public static Optional<EditCommand> name(AnnotationStore annotations, Collection<Long> members,
                                             String className) {
        String name = className.strip();
        if (name.isEmpty() || members.isEmpty()) {
            return Optional.empty();
        }
        if (annotations.project().labelClasses().stream().anyMatch(c -> c.name().equals(name))) {
            return label(annotations, members, name).map(EditCommand.class::cast);
        }
        ClassStore classes = new ClassStore(annotations.project());
        LabelClass created = classes.create(name);
        Optional<ReplaceAnnotations> labelling = label(annotations, members, name);
        if (labelling.isEmpty()) {
            classes.delete(created.id());
            return Optional.empty();
        }
        return Optional.of(new CompoundEdit(labelling.get().description(), List.of(ClassEdits.created(classes,
                created), labelling.get())));
    }
}
