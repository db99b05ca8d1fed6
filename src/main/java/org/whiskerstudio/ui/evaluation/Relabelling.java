package org.whiskerstudio.ui.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.whiskerstudio.common.edit.EditCommand;
import org.whiskerstudio.common.edit.UndoStack;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.edit.ClassTagging;
import org.whiskerstudio.labelling.edit.ReplaceAnnotations;
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
        return ClassTagging.relabel(annotations, List.of(imageId), className, "Relabel as " + className);
    }
}
