package org.whiskerstudio.ui.labelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.whiskerstudio.common.edit.EditCommand;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.labelling.edit.ReplaceAnnotations;
import org.whiskerstudio.labelling.edit.SetReviewed;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.LabelClass;

/**
 * Turns a user's gesture on the shown image into a {@link Plan}: the edit to make, or why none. Planning reads
 * only the view model's state; the store is written when the plan is carried out.
 */
final class AnnotationEdits {
    /** What a gesture comes to. */
    sealed interface Plan {
        /** Nothing to do (no image, or the shape did not change). */
        record Nothing() implements Plan {
        }

        /** Nothing to save, but say why in the status line. */
        record Refuse(String status) implements Plan {
        }

        /** Nothing to save; move on to the next image (tagging an image again with the tag it has). */
        record Advance() implements Plan {
        }

        /**
         * One undoable edit. {@code command} may read the store (a class snapshot), so it is built when the edit
         * runs; {@code select} runs after it, to say which region is selected then; {@code advance}: move on after.
         */
        record Edit(Supplier<EditCommand> command, LongSupplier select, boolean advance) implements Plan {
        }
    }

    private static final Plan NOTHING = new Plan.Nothing();
    private final ShownImage shown;

    AnnotationEdits(ShownImage shown) {
        this.shown = shown;
    }

    /** Gives the selected region a class. */
    Plan reclass(AnnotationStore store, Annotation region, LabelClass labelClass) {
        if (region.classId() == labelClass.id()) {
            return NOTHING;
        }
        return edit(ReplaceAnnotations.change(store, "Change class to " + labelClass.name(), region,
                region.withClass(labelClass.id())), region.id(), false);
    }

    /** Tags the image: single-label replaces its tag, multi-label toggles this one. */
    Plan tag(AnnotationStore store, LabelClass labelClass, boolean multiLabel, boolean advance) {
        Optional<ImageAsset> image = shown.image();
        if (image.isEmpty()) {
            return NOTHING;
        }
        List<Annotation> tags = shown.annotations().stream().filter(a -> a.shape() instanceof Shape.Tag).toList();
        Optional<Annotation> existing = tags.stream().filter(a -> a.classId() == labelClass.id()).findFirst();
        Annotation fresh = new Annotation(0, image.get().id(), labelClass.id(), new Shape.Tag(), Set.of());
        long keep = shown.selectedProperty().get();
        if (multiLabel) {
            return edit(existing.isPresent()
                    ? ReplaceAnnotations.remove(store, "Untag " + labelClass.name(), List.of(existing.get()))
                    : ReplaceAnnotations.add(store, "Tag as " + labelClass.name(), fresh), keep, false);
        }
        if (existing.isPresent() && tags.size() == 1) {
            return advance ? new Plan.Advance() : NOTHING;
        }
        return edit(new ReplaceAnnotations(store, "Tag as " + labelClass.name(), tags, List.of(fresh)), keep, advance);
    }

    /** Adds a region of the given class, clipped to the image, and selects it. */
    Plan addRegion(AnnotationStore store, Shape shape, String description, Optional<LabelClass> labelClass) {
        Optional<ImageAsset> image = shown.image();
        if (image.isEmpty()) {
            return NOTHING;
        }
        if (labelClass.isEmpty()) {
            return new Plan.Refuse("Create a class first (+ in the class panel); then draw.");
        }
        Shape clipped = shape.clippedTo(image.get().width(), image.get().height());
        if (clipped instanceof Shape.Box b && (b.width() < 1 || b.height() < 1)
                || clipped instanceof Shape.Circle c && c.radius() < 1) {
            return NOTHING;
        }
        ReplaceAnnotations command = ReplaceAnnotations.add(store, description,
                new Annotation(0, image.get().id(), labelClass.get().id(), clipped, Set.of()));
        return new Plan.Edit(() -> command, () -> command.result().get(0).id(), false);
    }

    /**
     * Adds a detector's boxes as the shown image's regions in one edit (one undo takes them all back), each marked
     * as the run's suggestion with its score; boxes are clipped to the image and those under a pixel left out. A
     * single box added is selected, so 1-9 can change its class at once.
     */
    Plan addFound(AnnotationStore store, List<FoundBox> found, long runId) {
        Optional<ImageAsset> image = shown.image();
        if (image.isEmpty() || found.isEmpty()) {
            return NOTHING;
        }
        List<Annotation> added = new ArrayList<>();
        List<LabelSource> sources = new ArrayList<>();
        for (FoundBox f : found) {
            Shape.Box b = f.box().clippedTo(image.get().width(), image.get().height());
            if (b.width() >= 1 && b.height() >= 1) {
                added.add(new Annotation(0, image.get().id(), f.classId(), b, Set.of()));
                sources.add(new LabelSource.Suggested(runId, f.score()));
            }
        }
        if (added.isEmpty()) {
            return NOTHING;
        }
        ReplaceAnnotations command = new ReplaceAnnotations(store, added.size() == 1 ? "Accept found box"
                : "Accept " + added.size() + " found boxes", List.of(), added, sources);
        long keep = shown.selectedProperty().get();
        return new Plan.Edit(() -> command, () -> command.result().size() == 1 ? command.result().get(0).id() : keep,
                false);
    }

    /** A detector's box to add: the project class it names, where, and the score the run gave it. */
    record FoundBox(long classId, Shape.Box box, double score) {
    }

    Plan addPolygon(AnnotationStore store, List<Point> points, Optional<LabelClass> labelClass) {
        if (points.size() < 3) {
            return new Plan.Refuse("A polygon needs at least 3 points.");
        }
        return addRegion(store, new Shape.Polygon(points), "Draw polygon", labelClass);
    }

    Plan addLine(AnnotationStore store, List<Point> points, Optional<LabelClass> labelClass) {
        if (points.size() < 2) {
            return new Plan.Refuse("A line needs at least 2 points.");
        }
        return addRegion(store, new Shape.Line(points), "Draw line", labelClass);
    }

    /** A region moved, resized, nudged or had a vertex changed: one edit, clipped to the image. */
    Plan reshape(AnnotationStore store, long annotationId, Shape shape, String description) {
        Optional<Annotation> was = shown.find(annotationId);
        Optional<ImageAsset> image = shown.image();
        if (was.isEmpty() || image.isEmpty()) {
            return NOTHING;
        }
        Shape clipped = shape.clippedTo(image.get().width(), image.get().height());
        if (clipped.equals(was.get().shape())) {
            return NOTHING;
        }
        return edit(ReplaceAnnotations.change(store, description, was.get(), was.get().withShape(clipped)), annotationId, false);
    }

    /** Moves the selected region by whole pixels (arrow keys). */
    Plan nudge(AnnotationStore store, double dx, double dy) {
        Optional<Annotation> selected = shown.selectedAnnotation();
        if (selected.isPresent() && selected.get().shape() instanceof Shape.Box b) {
            return reshape(store, selected.get().id(), keepInside(b.translated(dx, dy)), "Nudge box");
        }
        if (selected.isPresent() && selected.get().shape() instanceof Shape.Region r) {
            return reshape(store, selected.get().id(), r.translated(dx, dy), "Nudge " + r.kind());
        }
        return NOTHING;
    }

    /** A nudged box keeps its size at the image's edge instead of being squashed by clipping. */
    private Shape.Box keepInside(Shape.Box b) {
        ImageAsset image = shown.image().orElseThrow();
        double dx = Math.min(0, image.width() - b.x2()) - Math.min(0, b.x1());
        double dy = Math.min(0, image.height() - b.y2()) - Math.min(0, b.y1());
        return b.translated(dx, dy);
    }

    Plan deleteSelected(AnnotationStore store) {
        return shown.selectedAnnotation().map(a -> delete(store, a)).orElse(NOTHING);
    }

    /** Deletes one annotation; nothing is selected after. */
    Plan delete(AnnotationStore store, Annotation annotation) {
        return edit(ReplaceAnnotations.remove(store, "Delete " + annotation.shape().kind(), List.of(annotation)), 0, false);
    }

    Plan deleteVertex(AnnotationStore store, long annotationId, int vertex) {
        Optional<Annotation> polygon = shown.find(annotationId).filter(a -> a.shape() instanceof Shape.Polygon);
        if (polygon.isEmpty()) {
            return NOTHING;
        }
        List<Point> points = new ArrayList<>(((Shape.Polygon) polygon.get().shape()).points());
        if (points.size() <= 3) {
            return new Plan.Refuse("A polygon keeps at least 3 points; delete the polygon instead (Delete).");
        }
        points.remove(vertex);
        return reshape(store, annotationId, new Shape.Polygon(points), "Delete vertex");
    }

    /** Marks the image reviewed or not; in review mode moves on. */
    Plan toggleReviewed(AnnotationStore store, boolean reviewMode) {
        return shown.image().map(image -> edit(new SetReviewed(store, image.id(), !shown.reviewedProperty().get()),
                shown.selectedProperty().get(), reviewMode)).orElse(NOTHING);
    }

    private static Plan edit(EditCommand command, long select, boolean advance) {
        return new Plan.Edit(() -> command, () -> select, advance);
    }
}
