package org.whiskerstudio.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.whiskerstudio.common.edit.EditCommand;
import org.whiskerstudio.common.edit.UndoStack;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.labelling.edit.ReplaceAnnotations;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.ui.common.Failure;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * A relabel from the gallery as the Label screen's single-label tagging does it: one {@link ReplaceAnnotations}
 * (one transaction, undoable) that replaces the image's tags with one tag of the new class; regions it has move to
 * the new class too, so the image still carries exactly one class.
 */
final class Relabelling {
    private Relabelling() {
    }

    /**
     * Relabels through {@code undo} (saved at once); a class gone since, or a failure, is told to the user.
     *
     * @return whether the change was saved
     */
    static boolean apply(AnnotationStore annotations, UndoStack undo, UiTasks tasks, long imageId, String className) {
        return apply(annotations, undo, tasks, imageId, className, relabel -> relabel);
    }

    /** The same with the relabel made part of a larger edit by {@code edit}. */
    static boolean apply(AnnotationStore annotations, UndoStack undo, UiTasks tasks, long imageId, String className,
                         UnaryOperator<EditCommand> edit) {
        try {
            Optional<ReplaceAnnotations> command = command(annotations, imageId, className);
            if (command.isEmpty()) {
                tasks.notifier().error("Cannot relabel", "The project has no class \"" + className + "\" any more.");
                return false;
            }
            undo.execute(edit.apply(command.get()));
            return true;
        } catch (RuntimeException e) {
            tasks.report("The change was not saved", new Failure(e));
            return false;
        }
    }

    /** Empty when the project has no class of that name (renamed or deleted since training). */
    static Optional<ReplaceAnnotations> command(AnnotationStore annotations, long imageId, String className) {
        Optional<LabelClass> target = annotations.project().labelClasses().stream()
                .filter(c -> c.name().equals(className)).findFirst();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        long classId = target.get().id();
        List<Annotation> before = annotations.ofImage(imageId);
        List<Annotation> after = new ArrayList<>();
        for (Annotation a : before) {
            if (!(a.shape() instanceof Shape.Tag)) {
                after.add(a.withClass(classId));
            }
        }
        if (after.isEmpty() || before.stream().anyMatch(a -> a.shape() instanceof Shape.Tag)) {
            after.add(0, new Annotation(0, imageId, classId, new Shape.Tag(), Set.of()));
        }
        return Optional.of(new ReplaceAnnotations(annotations, "Relabel as " + className, before, after));
    }
}
