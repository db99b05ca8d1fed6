package org.whiskerstudio.labelling.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.LabelClass;

/**
 * Gives examples one class as single-label tagging does: each example's tags are replaced by one tag of the class and
 * its regions move to the class, so it carries exactly that class. However many examples, it is one
 * {@link ReplaceAnnotations}: one transaction, one undo, labels marked typed.
 */
public final class ClassTagging {
    private ClassTagging() {
    }

    /** Empty when the project has no class of that name (renamed or deleted since). */
    public static Optional<ReplaceAnnotations> relabel(AnnotationStore annotations, Collection<Long> imageIds,
                                                       String className, String description) {
        Optional<LabelClass> target = annotations.project().labelClasses().stream()
                .filter(c -> c.name().equals(className)).findFirst();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        long classId = target.get().id();
        List<Annotation> before = new ArrayList<>();
        List<Annotation> after = new ArrayList<>();
        for (long imageId : imageIds) {
            List<Annotation> was = annotations.ofImage(imageId);
            before.addAll(was);
            after.addAll(relabelled(imageId, classId, was));
        }
        return Optional.of(new ReplaceAnnotations(annotations, description, before, after));
    }

    private static List<Annotation> relabelled(long imageId, long classId, List<Annotation> before) {
        List<Annotation> after = new ArrayList<>();
        for (Annotation a : before) {
            if (!(a.shape() instanceof Shape.Tag)) {
                after.add(a.withClass(classId));
            }
        }
        if (after.isEmpty() || before.stream().anyMatch(a -> a.shape() instanceof Shape.Tag)) {
            after.add(0, new Annotation(0, imageId, classId, new Shape.Tag(), Set.of()));
        }
        return after;
    }
}
