package org.whiskerstudio.ui.labelling;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.whiskerstudio.detection.BoxFinder;
import org.whiskerstudio.detection.Boxes;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.ui.common.UiTasks;
import org.whiskerstudio.ui.detection.BoxNames;
import org.whiskerstudio.ui.detection.DetectorAccess;
import org.whiskerstudio.ui.detection.DetectorRun;
import org.whiskerstudio.ui.labelling.AnnotationEdits.FoundBox;

/**
 * Model-assisted boxes on the Label screen: a detector run chosen as the helper finds boxes on each image shown;
 * those at or above the confidence threshold, not dismissed and not already drawn, are offered (dashed on the
 * canvas). Accepting one, or all, adds real box regions of the project's class of the same name through the
 * screen's ordered, undoable edits, marked as the run's suggestions with their scores; Ctrl+Z takes them back, and
 * a box taken back is offered again.
 */
public final class BoxAssistViewModel {
    /** A drawn box of the same class overlapping an offered one this much is that box, accepted or drawn by hand. */
    static final double SAME_BOX_IOU = 0.9;
    /** The lowest threshold offered: the helper finds boxes down to it, whatever its run's own threshold. */
    public static final double MIN_THRESHOLD = 0.05;
    private final UiTasks tasks;
    private final LabelWork work;
    private final ShownImage shown;
    private final ClassList classes;
    private final AnnotationEdits edits;
    private DetectorAccess access = DetectorAccess.NONE;
    private final ObservableList<DetectorRun> runs = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<DetectorRun>> helper = new SimpleObjectProperty<>(Optional.empty());
    private final DoubleProperty threshold = new SimpleDoubleProperty(0.5);
    private final ObservableList<Detection> offered = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper belowThreshold = new ReadOnlyStringWrapper("");
    private Optional<BoxFinder> finder = Optional.empty();
    private List<Detection> found = List.of();
    private final Set<Detection> dismissed = new HashSet<>();
    /** Counts helpers chosen, so a late answer for an earlier one is dropped. */
    private long loads;
    /** Counts images asked about, likewise. */
    private long finds;

    BoxAssistViewModel(UiTasks tasks, LabelWork work, ShownImage shown, ClassList classes, AnnotationEdits edits) {
        this.tasks = tasks;
        this.work = work;
        this.shown = shown;
        this.classes = classes;
        this.edits = edits;
        helper.addListener((o, a, b) -> load(b));
        shown.currentProperty().addListener((o, a, b) -> find());
        shown.annotations().addListener((ListChangeListener<Annotation>) c -> offer());
        threshold.addListener((o, a, b) -> offer());
    }

    void setAccess(DetectorAccess next) {
        access = next;
    }

    /** Another project: no helper, nothing offered. */
    void reset() {
        runs.clear();
        helper.set(Optional.empty());
    }

    /** Reads the project's detector runs for the helper's chooser (newest first). */
    public void readRuns() {
        DetectorAccess from = access;
        work.session().ifPresent(s -> tasks.submit(s.work(() -> from.runs(s.project().store())), found -> {
            Optional<DetectorRun> keep = helper.get();
            runs.setAll(found);
            if (keep.isPresent() && !found.contains(keep.get())) {
                helper.set(Optional.empty());
            }
        }, "Cannot read the detector runs"));
    }

    private void load(Optional<DetectorRun> run) {
        long mine = ++loads;
        finds++; // an image's boxes from the earlier helper are not this one's
        finder = Optional.empty();
        found = List.of();
        dismissed.clear();
        offer();
        if (run.isEmpty() || work.session().isEmpty()) {
            message.set("");
            return;
        }
        message.set("Loading " + run.get().name() + "...");
        DetectorAccess from = access;
        LabelSession s = work.session().get();
        tasks.submit(s.work(() -> from.assist(s.project().store(), run.get().id(), MIN_THRESHOLD)), loaded -> {
            if (mine == loads) {
                finder = Optional.of(loaded.finder());
                // The run's own threshold first, as on Evaluate; the slider can go lower, down to MIN_THRESHOLD.
                threshold.set(Math.max(MIN_THRESHOLD, loaded.confidence()));
                message.set("");
                find();
            }
        }, failure -> {
            if (mine == loads) {
                message.set("Cannot load " + run.get().name() + ".");
                tasks.report("Cannot load the detector", failure);
            }
        });
    }

    /** Asks the helper for the shown image's boxes. */
    private void find() {
        long mine = ++finds;
        found = List.of();
        dismissed.clear();
        offer();
        Optional<ImageAsset> image = shown.image().filter(i -> MediaKind.of(i.format()) == MediaKind.IMAGE);
        if (finder.isEmpty() || image.isEmpty() || work.session().isEmpty()) {
            return;
        }
        BoxFinder f = finder.get();
        Path file = work.session().get().project().store().layout().resolveStored(image.get().storedPath());
        tasks.submit(() -> f.find(file), boxes -> {
            if (mine == finds) {
                found = List.copyOf(boxes);
                offer();
                message.set(boxes.isEmpty() ? "The detector found no box here." : "");
            }
        }, failure -> {
            if (mine == finds) {
                message.set("The detector could not read this image.");
            }
        });
    }

    /** The boxes offered now: at or above the threshold, not dismissed, not drawn yet; best first. */
    private void offer() {
        List<Detection> next = new ArrayList<>();
        for (Detection d : found) {
            if (d.score() >= threshold.get() && !dismissed.contains(d) && !drawn(d)) {
                next.add(d);
            }
        }
        next.sort(Comparator.comparingDouble((Detection d) -> -d.score()));
        if (!next.equals(offered)) {
            offered.setAll(next);
        }
        belowThreshold.set(next.isEmpty() ? belowThreshold(found.stream()
                .filter(d -> !dismissed.contains(d) && !drawn(d)).toList(), threshold.get()) : "");
    }

    /**
     * With nothing offered, what the detector found under the threshold, so an unsure detector does not look like one
     * that found nothing: "2 boxes scored under 0.50 (best 0.31): lower the threshold to see them"; "" for none.
     */
    static String belowThreshold(List<Detection> notOffered, double threshold) {
        if (notOffered.isEmpty()) {
            return "";
        }
        double best = notOffered.stream().mapToDouble(Detection::score).max().orElse(0);
        return String.format(Locale.ROOT, "%d box%s scored under %.2f (best %.2f): lower the threshold to see %s.",
                notOffered.size(), notOffered.size() == 1 ? "" : "es", threshold, best,
                notOffered.size() == 1 ? "it" : "them");
    }

    /** Whether a box of the detection's class already covers it (accepted, or drawn by hand). */
    private boolean drawn(Detection d) {
        Optional<Long> classId = classOf(d).map(LabelClass::id);
        return classId.isPresent() && shown.annotations().stream().anyMatch(a -> a.classId() == classId.get()
                && a.shape() instanceof Shape.Box b && Boxes.iou(b, d.box()) >= SAME_BOX_IOU);
    }

    /** The project's class of the name the run gives the box. */
    private Optional<LabelClass> classOf(Detection d) {
        String name = className(d);
        return classes.usage().stream().map(u -> u.labelClass()).filter(c -> c.name().equals(name)).findFirst();
    }

    /** The run's name for the box's class. */
    public String className(Detection d) {
        return BoxNames.nameOf(finder.map(BoxFinder::classes).orElse(List.of()), d.classIndex());
    }

    /** "cat 0.87", as the canvas captions a box offered. */
    public String caption(Detection d) {
        return BoxNames.caption(className(d), d.score());
    }

    /** Accepts one offered box (a click on it). */
    public void accept(Detection d) {
        acceptAll(List.of(d));
    }

    /** Y: accepts the best box offered. */
    public void acceptBest() {
        acceptAll(offered.isEmpty() ? List.of() : List.of(offered.get(0)));
    }

    /** Shift+Y or Accept all: every box offered, as one undoable edit. */
    public void acceptAll() {
        acceptAll(List.copyOf(offered));
    }

    private void acceptAll(List<Detection> chosen) {
        if (helper.get().isEmpty() || chosen.isEmpty()) {
            work.say(helper.get().isEmpty() ? "Choose a detector run to find boxes first." : "No found box to accept here.");
            return;
        }
        long runId = helper.get().get().id();
        List<FoundBox> boxes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Detection d : chosen) {
            classOf(d).ifPresentOrElse(c -> boxes.add(new FoundBox(c.id(), d.box(), d.score())),
                    () -> unknown.add(className(d)));
        }
        if (!unknown.isEmpty()) {
            work.say("No class named " + String.join(", ", unknown) + " in this project: create it (or rename one) "
                    + "to accept " + (chosen.size() == 1 ? "this box." : "these boxes."));
            return;
        }
        work.edit(s -> edits.addFound(s.annotations(), boxes, runId));
    }

    /** X, or a right click: stops offering one box on this image. */
    public void dismiss(Detection d) {
        dismissed.add(d);
        offer();
    }

    /** X: stops offering the best box on this image. */
    public void dismissBest() {
        if (!offered.isEmpty()) {
            dismiss(offered.get(0));
        }
    }

    /** Stops offering every box on this image. */
    public void dismissAll() {
        dismissed.addAll(offered);
        offer();
    }

    /** The detector runs the helper can be. */
    public ObservableList<DetectorRun> runs() {
        return runs;
    }

    /** The detector run finding boxes; empty: none. */
    public ObjectProperty<Optional<DetectorRun>> helperProperty() {
        return helper;
    }

    /** Boxes scored under this are not offered. */
    /** With nothing offered, the boxes the detector found under the threshold, in words; "" otherwise. */
    public ReadOnlyStringProperty belowThresholdProperty() {
        return belowThreshold.getReadOnlyProperty();
    }

    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The boxes offered on the image shown, best first. */
    public ObservableList<Detection> offered() {
        return offered;
    }

    /** Loading, or why nothing is offered. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "3 boxes offered", for the row's count. */
    static String count(int n) {
        // "offered", not "found": boxes under the threshold are found too, and the message below counts them.
        return String.format(Locale.ROOT, n == 1 ? "%d box offered" : "%d boxes offered", n);
    }
}
