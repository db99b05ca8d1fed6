package org.whiskerstudio.ui.labelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.ClassStore;
import org.whiskerstudio.labelling.ClassUsage;
import org.whiskerstudio.labelling.LabellingProgress;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.labelling.edit.ClassEdits;
import org.whiskerstudio.common.edit.EditCommand;
import org.whiskerstudio.labelling.edit.ReplaceAnnotations;
import org.whiskerstudio.labelling.edit.SetReviewed;
import org.whiskerstudio.common.edit.UndoStack;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectException;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.ui.common.Failure;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.ProjectScoped;

/**
 * The Label screen's state and commands. Every edit is an {@link EditCommand} on the undo stack and is saved
 * as one small transaction when it is made (a millisecond or two in WAL mode, so it runs on the caller's thread
 * and edits stay strictly ordered).
 */
public final class LabelViewModel implements ProjectScoped<ProjectSession> {
    public static final String MULTI_LABEL_SETTING = "tagging.multiLabel";
    private Optional<ProjectSession> session = Optional.empty();
    private AnnotationStore annotations;
    private ClassStore classes;
    private final UndoStack undo = new UndoStack();

    private final ObservableList<ImageAsset> images = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<Optional<ImageAsset>> current = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<Annotation> currentAnnotations = FXCollections.observableArrayList();
    private final LongProperty selected = new SimpleLongProperty(0);
    private final ObservableList<ClassUsage> classList = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<LabelClass>> activeClass = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.SELECT);
    private final BooleanProperty multiLabel = new SimpleBooleanProperty(false);
    private final BooleanProperty autoAdvance = new SimpleBooleanProperty(true);
    private final BooleanProperty reviewMode = new SimpleBooleanProperty(false);
    private final BooleanProperty reviewed = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<LabellingProgress> progress = new ReadOnlyObjectWrapper<>(new LabellingProgress(0, 0, 0));
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Notifier notifier;
    // Per-image status for the image list, kept current after each edit without re-reading every image.
    private final java.util.Set<Long> labelledIds = new java.util.HashSet<>();
    private final java.util.Set<Long> reviewedIds = new java.util.HashSet<>();
    private final IntegerProperty statusVersion = new SimpleIntegerProperty();

    public LabelViewModel(Notifier notifier) {
        this.notifier = notifier;
        undo.addListener(this::undoChanged);
        index.addListener((o, a, b) -> showCurrent());
        multiLabel.addListener((o, a, b) -> session.ifPresent(s -> s.store().setSetting(MULTI_LABEL_SETTING, b.toString())));
        reviewMode.addListener((o, a, b) -> reloadImages());
    }

    /** Shows another project (or none). The undo history belongs to a project and is cleared. */
    @Override
    public void projectOpened(Optional<ProjectSession> next) {
        session = next;
        undo.clear();
        annotations = next.map(s -> new AnnotationStore(s.store())).orElse(null);
        classes = next.map(s -> new ClassStore(s.store())).orElse(null);
        multiLabel.set(next.map(s -> Boolean.parseBoolean(s.store().setting(MULTI_LABEL_SETTING, "false"))).orElse(false));
        index.set(-1);
        reloadImages();
    }

    /** Re-reads images, classes and progress (after imports elsewhere, say). */
    public void refresh() {
        long keep = current.get().map(ImageAsset::id).orElse(-1L);
        reloadImages();
        for (int i = 0; i < images.size(); i++) {
            if (images.get(i).id() == keep) {
                index.set(i);
            }
        }
    }

    private void reloadImages() {
        images.clear();
        classList.clear();
        if (session.isEmpty()) {
            current.set(Optional.empty());
            currentAnnotations.clear();
            return;
        }
        List<ImageAsset> all = session.get().store().images(ImageQuery.ALL);
        // Review mode walks only the labelled images.
        images.setAll(reviewMode.get() ? all.stream().filter(ImageAsset::isLabelled).toList() : all);
        labelledIds.clear();
        all.stream().filter(ImageAsset::isLabelled).forEach(i -> labelledIds.add(i.id()));
        reviewedIds.clear();
        reviewedIds.addAll(annotations.reviewedImageIds());
        statusVersion.set(statusVersion.get() + 1);
        reloadClasses();
        int target = images.isEmpty() ? -1 : 0;
        if (index.get() == target) {
            showCurrent();
        } else {
            index.set(target);
        }
    }

    private void reloadClasses() {
        classList.setAll(classes.usage());
        Optional<LabelClass> active = activeClass.get();
        boolean stillThere = active.isPresent() && classList.stream().anyMatch(u -> u.labelClass().id() == active.get().id());
        if (!stillThere) {
            activeClass.set(classList.isEmpty() ? Optional.empty() : Optional.of(classList.get(0).labelClass()));
        } else {
            classList.stream().filter(u -> u.labelClass().id() == active.get().id()).findFirst()
                    .ifPresent(u -> activeClass.set(Optional.of(u.labelClass())));
        }
        progress.set(annotations.progress());
    }

    private void showCurrent() {
        int i = index.get();
        selected.set(0);
        if (i < 0 || i >= images.size()) {
            current.set(Optional.empty());
            currentAnnotations.clear();
            reviewed.set(false);
            return;
        }
        ImageAsset image = images.get(i);
        current.set(Optional.of(image));
        currentAnnotations.setAll(annotations.ofImage(image.id()));
        reviewed.set(annotations.isReviewed(image.id()));
    }

    // ---- navigation ----

    public void next() {
        if (index.get() < images.size() - 1) {
            index.set(index.get() + 1);
        }
    }

    public void previous() {
        if (index.get() > 0) {
            index.set(index.get() - 1);
        }
    }

    public void goTo(int i) {
        if (i >= 0 && i < images.size()) {
            index.set(i);
        }
    }

    /** Jumps to the next image with no label at all, wrapping round; says so when there is none. */
    public void nextUnlabelled() {
        int n = images.size();
        for (int step = 1; step <= n; step++) {
            int i = (index.get() + step) % n;
            if (!labelledIds.contains(images.get(i).id())) {
                index.set(i);
                return;
            }
        }
        status.set("Every image has a label.");
    }

    // ---- edits ----

    /**
     * Key 1-9: with a region selected, gives it that class; with the select tool, tags the image (replacing the
     * tag in single-label projects, toggling it in multi-label ones) and moves on if auto-advance is on; with a
     * drawing tool, makes the class the one new shapes get.
     */
    public void classKey(int number) {
        if (number < 1 || number > classList.size()) {
            status.set(classList.isEmpty() ? "Create a class first (+ in the class panel)."
                    : "No class has key " + number + "; there are " + classList.size() + ".");
            return;
        }
        applyClass(classList.get(number - 1).labelClass());
    }

    public void applyClass(LabelClass labelClass) {
        activeClass.set(Optional.of(labelClass));
        Optional<Annotation> region = selectedAnnotation().filter(a -> !(a.shape() instanceof Shape.Tag));
        if (region.isPresent()) {
            if (region.get().classId() != labelClass.id()) {
                edit(ReplaceAnnotations.change(annotations, "Change class to " + labelClass.name(), region.get(),
                        region.get().withClass(labelClass.id())));
            }
        } else if (tool.get() == Tool.SELECT) {
            tag(labelClass);
        }
    }

    private void tag(LabelClass labelClass) {
        Optional<ImageAsset> image = current.get();
        if (image.isEmpty()) {
            return;
        }
        List<Annotation> tags = currentAnnotations.stream().filter(a -> a.shape() instanceof Shape.Tag).toList();
        Optional<Annotation> existing = tags.stream().filter(a -> a.classId() == labelClass.id()).findFirst();
        Annotation fresh = new Annotation(0, image.get().id(), labelClass.id(), new Shape.Tag(), Set.of());
        if (multiLabel.get()) {
            edit(existing.isPresent()
                    ? ReplaceAnnotations.remove(annotations, "Untag " + labelClass.name(), List.of(existing.get()))
                    : ReplaceAnnotations.add(annotations, "Tag as " + labelClass.name(), fresh));
            return;
        }
        if (existing.isPresent() && tags.size() == 1) {
            advanceIfWanted();
            return;
        }
        edit(new ReplaceAnnotations(annotations, "Tag as " + labelClass.name(), tags, List.of(fresh)));
        advanceIfWanted();
    }

    private void advanceIfWanted() {
        if (autoAdvance.get()) {
            next();
        }
    }

    public void addBox(Shape.Box box) {
        addRegion(box, "Draw box");
    }

    public void addPolygon(List<Point> points) {
        if (points.size() < 3) {
            status.set("A polygon needs at least 3 points.");
            return;
        }
        addRegion(new Shape.Polygon(points), "Draw polygon");
    }

    private void addRegion(Shape shape, String description) {
        Optional<ImageAsset> image = current.get();
        if (image.isEmpty()) {
            return;
        }
        if (activeClass.get().isEmpty()) {
            status.set("Create a class first (+ in the class panel); then draw.");
            return;
        }
        Shape clipped = shape.clippedTo(image.get().width(), image.get().height());
        if (clipped instanceof Shape.Box b && (b.width() < 1 || b.height() < 1)) {
            return;
        }
        ReplaceAnnotations command = ReplaceAnnotations.add(annotations, description,
                new Annotation(0, image.get().id(), activeClass.get().get().id(), clipped, Set.of()));
        edit(command);
        selected.set(command.result().get(0).id());
    }

    /** A region moved, resized, nudged or had a vertex changed: one edit, clipped to the image. */
    public void reshape(long annotationId, Shape shape, String description) {
        Optional<Annotation> was = currentAnnotations.stream().filter(a -> a.id() == annotationId).findFirst();
        Optional<ImageAsset> image = current.get();
        if (was.isEmpty() || image.isEmpty()) {
            return;
        }
        Shape clipped = shape.clippedTo(image.get().width(), image.get().height());
        if (!clipped.equals(was.get().shape())) {
            edit(ReplaceAnnotations.change(annotations, description, was.get(), was.get().withShape(clipped)));
            selected.set(annotationId);
        }
    }

    /** Moves the selected region by whole pixels (arrow keys). */
    public void nudge(double dx, double dy) {
        selectedAnnotation().ifPresent(a -> {
            if (a.shape() instanceof Shape.Box b) {
                Shape.Box moved = b.translated(dx, dy);
                reshape(a.id(), keepInside(moved), "Nudge box");
            } else if (a.shape() instanceof Shape.Polygon p) {
                reshape(a.id(), new Shape.Polygon(p.points().stream().map(pt -> new Point(pt.x() + dx, pt.y() + dy)).toList()),
                        "Nudge polygon");
            }
        });
    }

    /** A nudged box keeps its size at the image's edge instead of being squashed by clipping. */
    private Shape.Box keepInside(Shape.Box b) {
        ImageAsset image = current.get().orElseThrow();
        double dx = Math.min(0, image.width() - b.x2()) - Math.min(0, b.x1());
        double dy = Math.min(0, image.height() - b.y2()) - Math.min(0, b.y1());
        return b.translated(dx, dy);
    }

    public void deleteSelected() {
        selectedAnnotation().ifPresent(a -> {
            edit(ReplaceAnnotations.remove(annotations, "Delete " + a.shape().kind(), List.of(a)));
            selected.set(0);
        });
    }

    public void deleteVertex(long annotationId, int vertex) {
        currentAnnotations.stream().filter(a -> a.id() == annotationId && a.shape() instanceof Shape.Polygon).findFirst()
                .ifPresent(a -> {
                    List<Point> points = new ArrayList<>(((Shape.Polygon) a.shape()).points());
                    if (points.size() <= 3) {
                        status.set("A polygon keeps at least 3 points; delete the polygon instead (Delete).");
                        return;
                    }
                    points.remove(vertex);
                    reshape(a.id(), new Shape.Polygon(points), "Delete vertex");
                });
    }

    public void toggleReviewed() {
        current.get().ifPresent(image -> {
            edit(new SetReviewed(annotations, image.id(), !reviewed.get()));
            if (reviewMode.get()) {
                next();
            }
        });
    }

    // ---- classes ----

    public void createClass(String name) {
        run(() -> {
            LabelClass created = classes.create(name);
            reloadClasses();
            activeClass.set(Optional.of(created));
        }, "Cannot create the class");
    }

    public void renameClass(LabelClass c, String name) {
        edit(() -> ClassEdits.rename(classes, c, name));
    }

    public void recolourClass(LabelClass c, String colour) {
        edit(() -> ClassEdits.recolour(classes, c, colour));
    }

    public void mergeClass(LabelClass from, LabelClass into) {
        edit(() -> ClassEdits.merge(classes, from, into));
    }

    public void deleteClass(LabelClass c) {
        edit(() -> ClassEdits.delete(classes, c));
    }

    public void undo() {
        run(undo::undo, "Cannot undo");
        afterChange();
    }

    public void redo() {
        run(undo::redo, "Cannot redo");
        afterChange();
    }

    private void edit(EditCommand command) {
        edit(() -> command);
    }

    private void edit(java.util.function.Supplier<EditCommand> command) {
        run(() -> undo.execute(command.get()), "The change was not saved");
        afterChange();
    }

    private void afterChange() {
        if (session.isEmpty()) {
            return;
        }
        long keep = selected.get();
        current.get().ifPresent(image -> {
            currentAnnotations.setAll(annotations.ofImage(image.id()));
            reviewed.set(annotations.isReviewed(image.id()));
            boolean changed = currentAnnotations.isEmpty() ? labelledIds.remove(image.id()) : labelledIds.add(image.id());
            changed |= reviewed.get() ? reviewedIds.add(image.id()) : reviewedIds.remove(image.id());
            if (changed) {
                statusVersion.set(statusVersion.get() + 1);
            }
        });
        selected.set(currentAnnotations.stream().anyMatch(a -> a.id() == keep) ? keep : 0);
        reloadClasses();
    }

    private void run(Runnable action, String errorTitle) {
        try {
            action.run();
            status.set("");
        } catch (ProjectException | IllegalArgumentException e) {
            notifier.error(errorTitle, Failure.messageOf(e));
        }
    }

    private void undoChanged() {
        undoText.set(undo.undoDescription().map(d -> "Undo " + d).orElse(""));
        redoText.set(undo.redoDescription().map(d -> "Redo " + d).orElse(""));
    }

    public Optional<Annotation> selectedAnnotation() {
        long id = selected.get();
        return currentAnnotations.stream().filter(a -> a.id() == id).findFirst();
    }

    public Optional<ClassUsage> usageOf(long classId) {
        return classList.stream().filter(u -> u.labelClass().id() == classId).findFirst();
    }

    /** The status the image list shows for an image. */
    public ImageStatus statusOf(ImageAsset image) {
        return reviewedIds.contains(image.id()) ? ImageStatus.REVIEWED
                : labelledIds.contains(image.id()) ? ImageStatus.LABELLED : ImageStatus.UNLABELLED;
    }

    /** Changes whenever some image's status changed (the list redraws its rows). */
    public javafx.beans.property.ReadOnlyIntegerProperty statusVersionProperty() {
        return statusVersion;
    }

    // ---- properties ----

    public ObservableList<ImageAsset> images() {
        return images;
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public ReadOnlyObjectProperty<Optional<ImageAsset>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObservableList<Annotation> annotations() {
        return currentAnnotations;
    }

    public LongProperty selectedProperty() {
        return selected;
    }

    public ObservableList<ClassUsage> classes() {
        return classList;
    }

    public ObjectProperty<Optional<LabelClass>> activeClassProperty() {
        return activeClass;
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    public BooleanProperty multiLabelProperty() {
        return multiLabel;
    }

    public BooleanProperty autoAdvanceProperty() {
        return autoAdvance;
    }

    public BooleanProperty reviewModeProperty() {
        return reviewMode;
    }

    public BooleanProperty reviewedProperty() {
        return reviewed;
    }

    public ReadOnlyObjectProperty<LabellingProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Optional<ProjectSession> session() {
        return session;
    }
}
