package org.whiskerstudio.ui.labelling;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.common.edit.EditCommand;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.ClassUsage;
import org.whiskerstudio.labelling.LabellingProgress;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.labelling.edit.ClassEdits;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.ui.labelling.AnnotationEdits.Plan;
import org.whiskerstudio.ui.labelling.LabelSession.ImageState;

/**
 * The Label screen's state and commands. Every edit is an {@link EditCommand} on the undo stack, saved as one small
 * transaction off the UI thread; the screen changes when the save is done (not before), so what it shows is always
 * what is stored. Edits and moves are queued in order ({@link StoreQueue}), so fast keys are neither lost nor
 * reordered: each is planned against the state the one before it left.
 */
public final class LabelViewModel {
    public static final String MULTI_LABEL_SETTING = LabelSession.MULTI_LABEL_SETTING;
    private final StoreQueue queue;
    private final ImageNavigator navigator = new ImageNavigator();
    private final ShownImage shown = new ShownImage();
    private final ClassList classes = new ClassList();
    private final AnnotationEdits edits = new AnnotationEdits(shown);
    private Optional<LabelSession> session = Optional.empty();
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.SELECT);
    private final BooleanProperty multiLabel = new SimpleBooleanProperty(false);
    private final BooleanProperty autoAdvance = new SimpleBooleanProperty(true);
    private final BooleanProperty reviewMode = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<LabellingProgress> progress = new ReadOnlyObjectWrapper<>(new LabellingProgress(0, 0, 0));
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private BiConsumer<String, String> errorSink = (t, m) -> { };
    private boolean loading;

    /** @param executor runs the store work; its results come back on the UI thread */
    public LabelViewModel(TaskExecutor executor) {
        queue = new StoreQueue(executor);
        multiLabel.addListener((o, a, b) -> {
            if (!loading) {
                later("The setting was not saved", s -> Optional.of(() -> {
                    s.saveMultiLabel(b);
                    return () -> { };
                }));
            }
        });
        reviewMode.addListener((o, a, b) -> reload(-1));
    }

    public void setErrorSink(BiConsumer<String, String> sink) {
        errorSink = sink;
    }

    /** Shows another project (or none). The undo history belongs to a project, so it starts empty. */
    public void setSession(Optional<ProjectSession> next) {
        session = next.map(LabelSession::of);
        // Cleared at once: work still queued for the old project then finds nothing to act on.
        navigator.clear();
        shown.show(Optional.empty(), ImageState.NONE);
        classes.clear();
        setTotals(new LabelSession.Totals(List.of(), new LabellingProgress(0, 0, 0), "", ""));
        reload(-1);
    }

    /** Re-reads images, classes and progress (after imports elsewhere, say), staying on the image shown. */
    public void refresh() {
        reload(shown.image().map(ImageAsset::id).orElse(-1L));
    }

    private void reload(long keepImageId) {
        later("Cannot read the project", s -> {
            boolean reviewOnly = reviewMode.get();
            return Optional.of(() -> {
                LabelSession.Catalogue catalogue = s.catalogue();
                List<ImageAsset> walked = ImageNavigator.walked(catalogue.images(), reviewOnly);
                int index = ImageNavigator.indexOfOrFirst(walked, keepImageId);
                ImageState state = index < 0 ? ImageState.NONE : s.imageState(walked.get(index).id());
                LabelSession.Totals totals = s.totals();
                return () -> {
                    navigator.setImages(catalogue.images(), catalogue.reviewed(), reviewOnly);
                    loading = true;
                    multiLabel.set(catalogue.multiLabel());
                    loading = false;
                    setTotals(totals);
                    show(index, state);
                };
            });
        });
    }

    // ---- navigation ----

    public void next() {
        navigate(navigator::next);
    }

    public void previous() {
        navigate(navigator::previous);
    }

    public void goTo(int i) {
        navigate(() -> navigator.at(i).isPresent() ? OptionalInt.of(i) : OptionalInt.empty());
    }

    /** Jumps to the next image with no label at all, wrapping round; says so when there is none. */
    public void nextUnlabelled() {
        navigate(() -> {
            OptionalInt i = navigator.nextUnlabelled();
            if (i.isEmpty()) {
                status.set("Every image has a label.");
            }
            return i;
        });
    }

    private void navigate(Supplier<OptionalInt> target) {
        later("Cannot show the image", s -> {
            OptionalInt i = target.get();
            if (i.isEmpty() || i.getAsInt() == navigator.indexProperty().get()) {
                return Optional.empty();
            }
            return Optional.of(moveTo(s, i.getAsInt()));
        });
    }

    /** Store work that reads an image's state, then shows it at that place. */
    private Callable<Runnable> moveTo(LabelSession s, int index) {
        long id = navigator.at(index).orElseThrow().id();
        return () -> {
            ImageState state = s.imageState(id);
            return () -> show(index, state);
        };
    }

    private void show(int index, ImageState state) {
        navigator.moveTo(index);
        shown.show(navigator.at(index), state);
    }

    // ---- edits ----

    /**
     * Key 1-9: with a region selected, gives it that class; with the select tool, tags the image (replacing the
     * tag in single-label projects, toggling it in multi-label ones) and moves on if auto-advance is on; with a
     * drawing tool, makes the class the one new shapes get.
     */
    public void classKey(int number) {
        edit(s -> classes.byKey(number).map(c -> applyNow(s, c)).orElseGet(() -> new Plan.Refuse(classes.noClassForKey(number))));
    }

    public void applyClass(LabelClass labelClass) {
        edit(s -> applyNow(s, labelClass));
    }

    private Plan applyNow(LabelSession s, LabelClass labelClass) {
        classes.activeProperty().set(Optional.of(labelClass));
        Optional<Annotation> region = shown.selectedAnnotation().filter(a -> !(a.shape() instanceof Shape.Tag));
        if (region.isPresent()) {
            return edits.reclass(s.annotations(), region.get(), labelClass);
        }
        return tool.get() == Tool.SELECT ? edits.tag(s.annotations(), labelClass, multiLabel.get(), autoAdvance.get())
                : new Plan.Nothing();
    }

    public void addBox(Shape.Box box) {
        edit(s -> edits.addRegion(s.annotations(), box, "Draw box", classes.activeProperty().get()));
    }

    public void addPolygon(List<Point> points) {
        edit(s -> edits.addPolygon(s.annotations(), points, classes.activeProperty().get()));
    }

    /** A region moved, resized, nudged or had a vertex changed: one edit, clipped to the image. */
    public void reshape(long annotationId, Shape shape, String description) {
        edit(s -> edits.reshape(s.annotations(), annotationId, shape, description));
    }

    /** Moves the selected region by whole pixels (arrow keys). */
    public void nudge(double dx, double dy) {
        edit(s -> edits.nudge(s.annotations(), dx, dy));
    }

    public void deleteSelected() {
        edit(s -> edits.deleteSelected(s.annotations()));
    }

    public void deleteVertex(long annotationId, int vertex) {
        edit(s -> edits.deleteVertex(s.annotations(), annotationId, vertex));
    }

    public void toggleReviewed() {
        edit(s -> edits.toggleReviewed(s.annotations(), reviewMode.get()));
    }

    // ---- classes ----

    public void createClass(String name) {
        later("Cannot create the class", s -> Optional.of(() -> {
            LabelClass created = s.classes().create(name);
            LabelSession.Totals totals = s.totals();
            return () -> {
                setTotals(totals);
                classes.activeProperty().set(Optional.of(created));
                status.set("");
            };
        }));
    }

    public void renameClass(LabelClass c, String name) {
        classEdit(s -> ClassEdits.rename(s.classes(), c, name));
    }

    public void recolourClass(LabelClass c, String colour) {
        classEdit(s -> ClassEdits.recolour(s.classes(), c, colour));
    }

    public void mergeClass(LabelClass from, LabelClass into) {
        classEdit(s -> ClassEdits.merge(s.classes(), from, into));
    }

    public void deleteClass(LabelClass c) {
        classEdit(s -> ClassEdits.delete(s.classes(), c));
    }

    private void classEdit(Function<LabelSession, EditCommand> command) {
        edit(s -> {
            long keep = shown.selectedProperty().get();
            return new Plan.Edit(() -> command.apply(s), () -> keep, false);
        });
    }

    public void undo() {
        history("Cannot undo", true);
    }

    public void redo() {
        history("Cannot redo", false);
    }

    private void history(String errorTitle, boolean back) {
        later(errorTitle, s -> {
            Optional<ImageAsset> image = shown.image();
            long keep = shown.selectedProperty().get();
            return Optional.of(() -> {
                if (back) {
                    s.undo().undo();
                } else {
                    s.undo().redo();
                }
                return reread(s, image, keep, Optional.empty());
            });
        });
    }

    /** Plans a gesture when its turn comes and carries the plan out. */
    private void edit(Function<LabelSession, Plan> planner) {
        later("The change was not saved", s -> {
            Plan plan = planner.apply(s);
            if (plan instanceof Plan.Refuse refuse) {
                status.set(refuse.status());
            } else if (plan instanceof Plan.Advance && navigator.next().isPresent()) {
                return Optional.of(moveTo(s, navigator.next().getAsInt()));
            } else if (plan instanceof Plan.Edit e) {
                return Optional.of(save(s, e));
            }
            return Optional.empty();
        });
    }

    /** Store work for one edit: run it on the undo stack, then read back what the screen shows. */
    private Callable<Runnable> save(LabelSession s, Plan.Edit e) {
        Optional<ImageAsset> image = shown.image();
        OptionalInt advanceTo = e.advance() ? navigator.next() : OptionalInt.empty();
        Optional<Place> next = advanceTo.isPresent()
                ? Optional.of(new Place(advanceTo.getAsInt(), navigator.at(advanceTo.getAsInt()).orElseThrow().id()))
                : Optional.empty();
        return () -> {
            s.undo().execute(e.command().get());
            return reread(s, image, e.select().getAsLong(), next);
        };
    }

    /** An image to move to: its place in the list and its id, taken on the UI thread when the work is planned. */
    private record Place(int index, long imageId) {
    }

    /** After a change of the store: the edited image's state, the next image's if moving on, the totals. */
    private Runnable reread(LabelSession s, Optional<ImageAsset> image, long select, Optional<Place> next) {
        Optional<ImageState> edited = image.map(i -> s.imageState(i.id()));
        Optional<ImageState> nextState = next.map(p -> s.imageState(p.imageId()));
        LabelSession.Totals totals = s.totals();
        return () -> {
            image.ifPresent(i -> navigator.noteStatus(i.id(), !edited.get().annotations().isEmpty(), edited.get().reviewed()));
            if (next.isPresent()) {
                show(next.get().index(), nextState.get());
            } else {
                edited.ifPresent(state -> shown.update(state, select));
            }
            setTotals(totals);
            status.set("");
        };
    }

    private void setTotals(LabelSession.Totals totals) {
        classes.setUsage(totals.classes());
        progress.set(totals.progress());
        undoText.set(totals.undoText());
        redoText.set(totals.redoText());
    }

    /**
     * Queues store work for the open project. The work's result is applied only if that project is still the one
     * shown, and so are its errors: a project closed meanwhile is not worth a message.
     */
    private void later(String errorTitle, Function<LabelSession, Optional<Callable<Runnable>>> plan) {
        queue.add(() -> session.flatMap(s -> plan.apply(s).map(work -> guarded(s, errorTitle, work))),
                Runnable::run, e -> errorSink.accept(errorTitle, StoreQueue.messageOf(e)));
    }

    private Callable<Runnable> guarded(LabelSession s, String errorTitle, Callable<Runnable> work) {
        Callable<Runnable> guardedWork = s.work(work);
        return () -> {
            Runnable apply;
            try {
                apply = guardedWork.call();
            } catch (RuntimeException e) {
                apply = () -> errorSink.accept(errorTitle, StoreQueue.messageOf(e));
            }
            Runnable result = apply;
            return () -> {
                if (session.filter(now -> now == s).isPresent()) {
                    result.run();
                }
            };
        };
    }

    /** True while edits or moves are still being saved or read (the bench waits for it). */
    public boolean busy() {
        return queue.busy();
    }

    public Optional<Annotation> selectedAnnotation() {
        return shown.selectedAnnotation();
    }

    public Optional<ClassUsage> usageOf(long classId) {
        return classes.usageOf(classId);
    }

    /** The status the image list shows for an image. */
    public ImageStatus statusOf(ImageAsset image) {
        return navigator.statusOf(image);
    }

    /** Changes whenever some image's status changed (the list redraws its rows). */
    public ReadOnlyIntegerProperty statusVersionProperty() {
        return navigator.statusVersionProperty();
    }

    // ---- properties ----

    public ObservableList<ImageAsset> images() {
        return navigator.images();
    }

    /** Where the shown image is in {@link #images()}; moves go through {@link #goTo} and friends. */
    public ReadOnlyIntegerProperty indexProperty() {
        return navigator.indexProperty();
    }

    public ReadOnlyObjectProperty<Optional<ImageAsset>> currentProperty() {
        return shown.currentProperty();
    }

    public ObservableList<Annotation> annotations() {
        return shown.annotations();
    }

    public LongProperty selectedProperty() {
        return shown.selectedProperty();
    }

    public ObservableList<ClassUsage> classes() {
        return classes.usage();
    }

    public ObjectProperty<Optional<LabelClass>> activeClassProperty() {
        return classes.activeProperty();
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
        return shown.reviewedProperty();
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
        return session.map(LabelSession::project);
    }
}
