package org.whiskerstudio.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.LongConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.detection.AreaRange;
import org.whiskerstudio.detection.DetectionConfusion;
import org.whiskerstudio.detection.DetectionEvaluator;
import org.whiskerstudio.detection.DetectionReport;
import org.whiskerstudio.detection.ImageErrors;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.ProgressThrottle;
import org.whiskerstudio.ui.common.ProjectScoped;
import org.whiskerstudio.ui.common.UiTasks;
import org.whiskerstudio.ui.detection.DetectionSet;
import org.whiskerstudio.ui.detection.DetectorAccess;
import org.whiskerstudio.ui.detection.DetectorRun;

/**
 * The Evaluate screen's detection tab: a detector run's stored evaluation read back, its mAP figures and per-class
 * AP, the box confusion matrix and the galleries of misses and false positives at a score threshold (matching at IoU
 * 0.5), and opening a gallery image on the Label screen. The figures over all scores come once per evaluation; the
 * threshold only re-sorts boxes into the matrix and galleries.
 */
public final class DetectionViewModel implements ProjectScoped<ProjectSession> {
    /** Boxes match at IoU 0.5 in the matrix and galleries, as mAP@0.5 counts them. */
    static final double IOU = 0.5;
    static final String NOT_EVALUATED = "This detector run has no evaluation yet: Evaluate finds its boxes on the "
            + "test part (as whisker evaluate PROJECT --run ID does) for its mAP, curves and mistakes.";
    private final UiTasks tasks;
    private DetectorAccess access = DetectorAccess.NONE;
    private final ObservableList<DetectorRun> runs = FXCollections.observableArrayList();
    private final ObjectProperty<DetectorRun> run = new SimpleObjectProperty<>();
    private final DoubleProperty scoreThreshold = new SimpleDoubleProperty(0.5);
    private final ReadOnlyObjectWrapper<Optional<DetectionSet>> set = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<DetectionReport>> report =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<DetectionConfusion>> confusion =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<ClassApRow> rows = FXCollections.observableArrayList();
    private final ObservableList<BoxGalleryItem> misses = FXCollections.observableArrayList();
    private final ObservableList<BoxGalleryItem> falsePositives = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final OneAtATime evaluation;
    private LongConsumer openInLabel = id -> { };
    private Optional<ProjectSession> session = Optional.empty();
    /** Counts projects opened, so runs read for an earlier one are dropped. */
    private long project;
    /** Counts evaluations asked for, so only the last one read is shown. */
    private long loads;

    public DetectionViewModel(TaskExecutor executor, Notifier notifier) {
        this.tasks = new UiTasks(executor, notifier);
        this.evaluation = new OneAtATime(tasks);
        run.addListener((o, a, b) -> load(b));
        scoreThreshold.addListener((o, a, b) -> sortBoxes());
    }

    /** Where the project's detector runs come from; until set, there are none. */
    public void setAccess(DetectorAccess access) {
        this.access = access;
        refresh();
    }

    /** Shows a gallery image on the Label screen (the shell switches to it). */
    public void setOpenInLabel(LongConsumer open) {
        this.openInLabel = open;
    }

    @Override
    public void projectOpened(Optional<ProjectSession> next) {
        session = next;
        project++;
        runs.clear();
        run.set(null);
        refresh();
    }

    /** Re-reads the detector runs (the screen calls it when shown), keeping the chosen one if it is still there. */
    public void refresh() {
        session.ifPresent(s -> {
            long asked = project;
            DetectorAccess from = access;
            tasks.submit(() -> from.runs(s.store()), found -> {
                if (asked != project) {
                    return;
                }
                DetectorRun keep = run.get();
                runs.setAll(found);
                Optional<DetectorRun> same = keep == null ? Optional.empty()
                        : found.stream().filter(r -> r.id() == keep.id()).findFirst();
                DetectorRun next = same.orElse(found.isEmpty() ? null : found.get(0));
                if (next != null && next.equals(run.get())) {
                    load(next); // a new evaluation may have been stored meanwhile
                } else {
                    run.set(next);
                }
            }, "Cannot read the detector runs");
        });
    }

    private void load(DetectorRun chosen) {
        long asked = ++loads;
        if (chosen == null || session.isEmpty()) {
            show(Optional.empty(), Optional.empty(), "");
            return;
        }
        status.set("Reading " + chosen.name() + "'s evaluation...");
        DetectorAccess from = access;
        ProjectSession s = session.get();
        tasks.submit(() -> from.evaluation(s.store(), chosen.id())
                .map(found -> Map.entry(found, DetectionEvaluator.evaluate(found.results(), found.classes().size()))),
                loaded -> {
                    if (asked == loads) {
                        show(loaded.map(Map.Entry::getKey), loaded.map(Map.Entry::getValue),
                                loaded.isEmpty() ? NOT_EVALUATED : "");
                    }
                }, "Cannot read the detector's evaluation");
    }

    private void show(Optional<DetectionSet> nextSet, Optional<DetectionReport> nextReport, String said) {
        set.set(nextSet);
        // Each run's view starts at the threshold its answers use (whisker predict, the bundle).
        nextSet.ifPresent(s -> scoreThreshold.set(s.confidence()));
        report.set(nextReport);
        rows.setAll(nextReport.map(r -> r.classes().stream()
                .map(m -> ClassApRow.of(m, nextSet.orElseThrow().classes())).toList()).orElse(List.of()));
        summary.set(nextReport.map(r -> summaryOf(r, nextSet.orElseThrow())).orElse(""));
        status.set(said);
        sortBoxes();
    }

    /** The matrix and galleries at the threshold now set. */
    private void sortBoxes() {
        Optional<DetectionSet> shown = set.get();
        if (shown.isEmpty()) {
            confusion.set(Optional.empty());
            misses.clear();
            falsePositives.clear();
            return;
        }
        DetectionSet s = shown.get();
        double threshold = scoreThreshold.get();
        confusion.set(Optional.of(DetectionConfusion.of(s.results(), s.classes().size(), IOU, threshold)));
        List<ImageErrors> errors = ImageErrors.of(s.results(), IOU, threshold);
        misses.setAll(DetectionGalleries.misses(s, errors, threshold));
        falsePositives.setAll(DetectionGalleries.falsePositives(s, errors));
    }

    /**
     * "mAP@0.5 0.812 · COCO mAP@[.5:.95] 0.455 (medium 0.430, large 0.510) · 1000 test images, 3512 boxes": sizes
     * without any drawn box are left out.
     */
    static String summaryOf(DetectionReport r, DetectionSet s) {
        int boxes = s.images().stream().mapToInt(i -> i.result().truths().size()).sum();
        List<String> sizes = new ArrayList<>();
        for (AreaRange range : List.of(AreaRange.SMALL, AreaRange.MEDIUM, AreaRange.LARGE)) {
            OptionalDouble ap = r.mapByArea().getOrDefault(range, OptionalDouble.empty());
            if (ap.isPresent()) {
                sizes.add(range.name().toLowerCase(Locale.ROOT) + " " + ClassApRow.figure(ap));
            }
        }
        return "mAP@0.5 " + ClassApRow.figure(r.map50()) + "  \u00b7  COCO mAP@[.5:.95] " + ClassApRow.figure(r.mapCoco())
                + (sizes.isEmpty() ? "" : " (" + String.join(", ", sizes) + ")") + "  \u00b7  " + s.images().size()
                + (s.images().size() == 1 ? " test image, " : " test images, ") + boxes + (boxes == 1 ? " box" : " boxes")
                + (s.bestClassOnly() ? "  \u00b7  an older evaluation, each box ranked as its best class only: Evaluate "
                + "again to compare with newer runs" : "");
    }

    /** Evaluates the chosen run on the test part off the UI thread, with progress; the result is stored and shown. */
    public void evaluate() {
        DetectorRun chosen = run.get();
        if (chosen == null || session.isEmpty() || evaluation.runningProperty().get()) {
            return;
        }
        status.set("Evaluating " + chosen.name() + "...");
        long asked = ++loads;
        DetectorAccess from = access;
        ProjectSession s = session.get();
        evaluation.start((shown, mine) -> from.evaluate(s.store(), chosen.id(), shown, mine)
                .map(found -> Map.entry(found, DetectionEvaluator.evaluate(found.results(), found.classes().size()))),
                u -> {
                    if (!u.message().isBlank()) {
                        status.set(progressText(u));
                    }
                }, done -> {
                    if (asked == loads) {
                        show(done.map(Map.Entry::getKey), done.map(Map.Entry::getValue),
                                done.isEmpty() ? "Evaluation cancelled." : "");
                    }
                }, "Cannot evaluate " + chosen.name(), () -> status.set(""));
    }

    /** The step with how far it is ("Finding boxes: 32 of 100 images"), so a long evaluation shows it moves. */
    static String progressText(ProgressThrottle.Update u) {
        return u.total() > 0 && u.done() < u.total()
                ? u.message() + ": " + u.done() + " of " + u.total() + " images" : u.message();
    }

    /** Stops an evaluation at its next batch; the earlier one stays stored. */
    public void cancel() {
        evaluation.cancel();
    }

    /** An evaluation is under way. */
    public ReadOnlyBooleanProperty runningProperty() {
        return evaluation.runningProperty();
    }

    /** Opens the gallery image on the Label screen. */
    public void open(BoxGalleryItem item) {
        openInLabel.accept(item.imageId());
    }

    /** The tooltip of a cell of the box matrix: what its count means. */
    String cellText(int truth, int predicted) {
        Optional<DetectionConfusion> m = confusion.get();
        Optional<DetectionSet> s = set.get();
        if (m.isEmpty() || s.isEmpty()) {
            return "";
        }
        int background = m.get().background();
        int n = m.get().count(truth, predicted);
        String count = n + (n == 1 ? " box" : " boxes");
        String t = truth == background ? "" : s.get().classes().get(truth);
        String p = predicted == background ? "" : s.get().classes().get(predicted);
        if (truth == background) {
            return String.format(Locale.ROOT, "%s: found as %s where nothing was drawn (false positives)", count, p);
        }
        return predicted == background ? count + " of " + t + " missed (no box at or above the threshold)"
                : truth == predicted ? count + " of " + t + " found" : count + " of " + t + " found as " + p;
    }

    public ObservableList<DetectorRun> runs() {
        return runs;
    }

    public ObjectProperty<DetectorRun> runProperty() {
        return run;
    }

    /** Boxes at or above this score count in the matrix and galleries. */
    public DoubleProperty scoreThresholdProperty() {
        return scoreThreshold;
    }

    public ReadOnlyObjectProperty<Optional<DetectionSet>> setProperty() {
        return set.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<DetectionReport>> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<DetectionConfusion>> confusionProperty() {
        return confusion.getReadOnlyProperty();
    }

    public ObservableList<ClassApRow> rows() {
        return rows;
    }

    public ObservableList<BoxGalleryItem> misses() {
        return misses;
    }

    public ObservableList<BoxGalleryItem> falsePositives() {
        return falsePositives;
    }

    /** The headline figures in a line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Reading, or why there is nothing to show. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
