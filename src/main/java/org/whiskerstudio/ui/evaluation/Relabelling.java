package org.whiskerstudio.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.labelling.edit.ReplaceAnnotations;
import org.whiskerstudio.project.LabelClass;

/**
 * A relabel from the gallery as the Label screen's single-label tagging does it: one {@link ReplaceAnnotations}
 * (one transaction, undoable) that replaces the image's tags with one tag of the new class; regions it has move to
 * the new class too, so the image still carries exactly one class.
 */
final class Relabelling {
    private Relabelling() {
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
