package org.whiskerstudio.ui.labelling;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.common.edit.EditCommand;
import org.whiskerstudio.dataset.ProjectMedia;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.ClassUsage;
import org.whiskerstudio.labelling.LabellingProgress;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.labelling.edit.ClassEdits;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.ProjectScoped;
import org.whiskerstudio.ui.common.UiTasks;
import org.whiskerstudio.ui.detection.DetectorAccess;
import org.whiskerstudio.ui.labelling.AnnotationEdits.Plan;

/**
 * The Label screen's state and commands. Every edit is an {@link EditCommand} on the undo stack, saved as one small
 * transaction off the UI thread; the screen changes when the save is done (not before), so what it shows is always
 * what is stored. Edits and moves are queued in order ({@link StoreQueue}), so fast keys are neither lost nor
 * reordered: each is planned against the state the one before it left.
 */
public final class LabelViewModel implements ProjectScoped<ProjectSession> {
    public static final String MULTI_LABEL_SETTING = LabelSession.MULTI_LABEL_SETTING;
    private final ImageNavigator navigator = new ImageNavigator();
    private final ShownImage shown = new ShownImage();
    private final ClassList classes = new ClassList();
    private final AnnotationEdits edits = new AnnotationEdits(shown);
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.SELECT);
    private final BooleanProperty multiLabel = new SimpleBooleanProperty(false);
    private final BooleanProperty autoAdvance = new SimpleBooleanProperty(true);
    private final BooleanProperty reviewMode = new SimpleBooleanProperty(false);
    private final LabelWork work;
    private final SuggestionsViewModel suggestionsModel;
    private final ShownLabels labels;
    private final BoxAssistViewModel boxAssist;

    /** A Label screen that cannot suggest (stored suggestions still show and can be accepted). */
    public LabelViewModel(TaskExecutor executor, Notifier notifier) {
        this(executor, notifier, SuggestionServiceFactory.UNAVAILABLE);
    }

    /**
     * @param executor runs the store work; its results come back on the UI thread
     * @param notifier hears of edits that could not be saved
     * @param engines  opens the suggesting engine of the project shown
     */
    public LabelViewModel(TaskExecutor executor, Notifier notifier, SuggestionServiceFactory engines) {
        UiTasks tasks = new UiTasks(executor, notifier);
        SuggestionQueue queue = new SuggestionQueue();
        work = new LabelWork(tasks, navigator, shown, classes, multiLabel, reviewMode, queue);
        suggestionsModel = new SuggestionsViewModel(work, queue, new SuggestRound(tasks, engines), shown, navigator);
        labels = new ShownLabels(shown, classes, work, edits);
        boxAssist = new BoxAssistViewModel(tasks, work, shown, classes, edits);
    }

    /** Where the detector runs that find boxes on the images come from (until set: none). */
    public void setDetectors(DetectorAccess detectors) {
        boxAssist.setAccess(detectors);
    }

    /** Shows another project (or none). The undo history belongs to a project, so it starts empty. */
    @Override
    public void projectOpened(Optional<ProjectSession> next) {
        suggestionsModel.cancelSuggesting();
        boxAssist.reset();
        work.open(next);
    }

    /** Re-reads images, classes and progress (after imports elsewhere, say), staying on the image shown. */
    public void refresh() {
        work.reload(shown.image().map(ImageAsset::id).orElse(-1L));
    }

    // ---- navigation ----

    /** Re-reads the project and shows the image {@code imageId} (the first one when it is not in the list). */
    public void showImage(long imageId) {
        work.reload(imageId);
    }

    public void next() {
        work.navigate(navigator::next);
    }

    public void previous() {
        work.navigate(navigator::previous);
    }

    public void goTo(int i) {
        work.navigate(() -> navigator.at(i).isPresent() ? OptionalInt.of(i) : OptionalInt.empty());
    }

    /** Jumps to the next image with no label at all, wrapping round; says so when there is none. */
    public void nextUnlabelled() {
        work.navigate(() -> {
            OptionalInt i = navigator.nextUnlabelled();
            if (i.isEmpty()) {
                work.say("Every " + kind().singular() + " has a label.");
            }
            return i;
        });
    }

    // ---- edits ----

    /**
     * Key 1-9: with a region selected, gives it that class; else with the select tool, tags the image (replacing the
     * tag in single-label projects, toggling it in multi-label ones) and moves on if auto-advance is on; else (a
     * drawing tool) makes the class the one new shapes get. Only that last case, or a click in the class list,
     * changes the class of new shapes: re-classing a region or tagging the image never does, so a new box never
     * silently takes a class that was meant for something else.
     */
    public void classKey(int number) {
        work.edit(s -> classes.byKey(number).map(c -> applyNow(s, c)).orElseGet(() -> new Plan.Refuse(classes.noClassForKey(number))));
    }

    public void applyClass(LabelClass labelClass) {
        work.edit(s -> applyNow(s, labelClass));
    }

    private Plan applyNow(LabelSession s, LabelClass labelClass) {
        Optional<Annotation> region = shown.selectedAnnotation().filter(a -> !(a.shape() instanceof Shape.Tag));
        if (region.isPresent()) {
            return edits.reclass(s.annotations(), region.get(), labelClass);
        }
        if (tool.get() == Tool.SELECT) {
            return edits.tag(s.annotations(), labelClass, multiLabel.get(), autoAdvance.get());
        }
        classes.activeProperty().set(Optional.of(labelClass));
        return new Plan.Nothing();
    }

    public void addBox(Shape.Box box) {
        work.edit(s -> edits.addRegion(s.annotations(), box, "Draw box", classes.activeProperty().get()));
    }

    public void addPolygon(List<Point> points) {
        work.edit(s -> edits.addPolygon(s.annotations(), points, classes.activeProperty().get()));
    }

    public void addLine(List<Point> points) {
        work.edit(s -> edits.addLine(s.annotations(), points, classes.activeProperty().get()));
    }

    /** A point or circle drawn: added with the class new shapes get, and selected. */
    public void addRegion(Shape.Region region) {
        work.edit(s -> edits.addRegion(s.annotations(), region, "Draw " + region.kind(), classes.activeProperty().get()));
    }

    /** A region moved, resized, nudged or had a vertex changed: one edit, clipped to the image. */
    public void reshape(long annotationId, Shape shape, String description) {
        work.edit(s -> edits.reshape(s.annotations(), annotationId, shape, description));
    }

    /** Moves the selected region by whole pixels (arrow keys). */
    public void nudge(double dx, double dy) {
        work.edit(s -> edits.nudge(s.annotations(), dx, dy));
    }

    public void deleteSelected() {
        work.edit(s -> edits.deleteSelected(s.annotations()));
    }

    public void deleteVertex(long annotationId, int vertex) {
        work.edit(s -> edits.deleteVertex(s.annotations(), annotationId, vertex));
    }

    public void toggleReviewed() {
        work.edit(s -> edits.toggleReviewed(s.annotations(), reviewMode.get()));
    }

    // ---- classes ----

    public void createClass(String name) {
        work.createClass(name);
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
        work.edit(s -> {
            long keep = shown.selectedProperty().get();
            return new Plan.Edit(() -> command.apply(s), () -> keep, false);
        });
    }

    public void undo() {
        work.history("Cannot undo", true);
    }

    public void redo() {
        work.history("Cannot redo", false);
    }

    /** True while edits or moves are still being saved or read (tests and benches wait for it). */
    public boolean busy() {
        return work.busy();
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

    /** What most of the shown examples are, so the screen names them ("12 of 1,885 series labelled"). */
    public MediaKind kind() {
        return ProjectMedia.kind(navigator.images());
    }

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

    /** The class a new region gets ("New:" on screen): the class list's selection. */
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
        return work.progressProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return work.undoTextProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return work.redoTextProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return work.statusProperty();
    }

    public Optional<ProjectSession> session() {
        return work.project();
    }

    /** The shown image's tags and regions as the screen lists them. */
    public ShownLabels labels() {
        return labels;
    }

    /** A detector run's boxes offered on the image shown, and accepting them. */
    public BoxAssistViewModel boxAssist() {
        return boxAssist;
    }

    /** The suggestion queue, its accepting keys and rounds of suggesting. */
    public SuggestionsViewModel suggestions() {
        return suggestionsModel;
    }
}
