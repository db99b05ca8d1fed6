package org.whiskerstudio.ui.labelling;

import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.ClassUsage;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.LabelClass;

/**
 * What the shown image is labelled with, as the screen lists it: its class tags (the line above the canvas) and its
 * regions (the regions list), each named by its class. A row selects, re-classes or deletes its region through the
 * same undoable edits as the canvas and the keys.
 */
public final class ShownLabels {
    /** A box or polygon as its row shows it: class, kind and size in image pixels. */
    public record RegionRow(long id, LabelClass labelClass, String kind, String size) {
        /** "cat  box  120 x 80 px" for a tooltip or a test. */
        public String text() {
            return labelClass.name() + "  " + kind + "  " + size;
        }
    }

    /** Stands in for a class no longer in the list (a region read just before its class went). */
    private static final String UNKNOWN_COLOUR = "#808080";
    private final ShownImage shown;
    private final ClassList classes;
    private final LabelWork work;
    private final AnnotationEdits edits;
    private final ObservableList<LabelClass> tags = FXCollections.observableArrayList();
    private final ObservableList<RegionRow> regions = FXCollections.observableArrayList();

    ShownLabels(ShownImage shown, ClassList classes, LabelWork work, AnnotationEdits edits) {
        this.shown = shown;
        this.classes = classes;
        this.work = work;
        this.edits = edits;
        shown.annotations().addListener((ListChangeListener<Annotation>) c -> rebuild());
        classes.usage().addListener((ListChangeListener<ClassUsage>) c -> rebuild());
    }

    private void rebuild() {
        List<Annotation> all = shown.annotations();
        tags.setAll(all.stream().filter(a -> a.shape() instanceof Shape.Tag).map(a -> classOf(a.classId())).toList());
        regions.setAll(all.stream().filter(a -> !(a.shape() instanceof Shape.Tag))
                .map(a -> new RegionRow(a.id(), classOf(a.classId()), a.shape().kind(), size(a.shape()))).toList());
    }

    private LabelClass classOf(long classId) {
        return classes.usageOf(classId).map(ClassUsage::labelClass).orElse(new LabelClass(classId, "?", UNKNOWN_COLOUR));
    }

    static String size(Shape shape) {
        if (shape instanceof Shape.Box b) {
            return pixels(b);
        }
        if (shape instanceof Shape.Polygon p) {
            return p.points().size() + " points, " + pixels(p.bounds());
        }
        if (shape instanceof Shape.Line l) {
            return l.points().size() + " points, " + pixels(l.bounds());
        }
        if (shape instanceof Shape.Dot d) {
            return String.format(Locale.ROOT, "at %.0f, %.0f", d.at().x(), d.at().y());
        }
        if (shape instanceof Shape.Circle c) {
            return String.format(Locale.ROOT, "radius %.0f px", c.radius());
        }
        return shape instanceof Shape.Parts p ? p.parts().size() + " parts, " + pixels(p.bounds()) : "";
    }

    private static String pixels(Shape.Box b) {
        return String.format(Locale.ROOT, "%.0f x %.0f px", b.width(), b.height());
    }

    /** The image's class tags, in the order they were made (one in a single-label project). */
    public ObservableList<LabelClass> tags() {
        return tags;
    }

    /** The image's regions: boxes, polygons, points, lines, circles and objects in parts. */
    public ObservableList<RegionRow> regions() {
        return regions;
    }

    /** The region whose row is selected, or none (0). */
    public void select(long annotationId) {
        shown.selectedProperty().set(shown.find(annotationId).isPresent() ? annotationId : 0);
    }

    /** Gives a region another class: one undoable edit, the region staying selected. */
    public void reclass(long annotationId, LabelClass labelClass) {
        work.edit(s -> shown.find(annotationId).map(a -> edits.reclass(s.annotations(), a, labelClass))
                .orElse(new AnnotationEdits.Plan.Nothing()));
    }

    /** Deletes a region (undoable); nothing is selected after. */
    public void delete(long annotationId) {
        work.edit(s -> shown.find(annotationId).map(a -> edits.delete(s.annotations(), a))
                .orElse(new AnnotationEdits.Plan.Nothing()));
    }
}
