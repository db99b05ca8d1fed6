package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.evaluation.AnomalyEvaluation;
import org.whiskerstudio.evaluation.AnomalyScores;
import org.whiskerstudio.evaluation.AnomalyService;
import org.whiskerstudio.evaluation.RankCurves;
import org.whiskerstudio.evaluation.ScoreHistogram;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.training.AnomalyThreshold;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.ui.common.UiDelay;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * The Evaluate screen's state for an autoencoder run: its anomaly scores on the test part (scored through the
 * screen's {@link EvaluationRunner}, saved with the run), the most anomalous examples first, the score histogram and
 * the threshold. Moving the threshold keeps it with the run (written once it rests, so a drag is one write), which
 * predict, serve and the bundle then use; Reset goes back to the default.
 */
public final class AnomalyViewModel {
    static final String UNAVAILABLE = "Scoring anomalies is not available in this build: its engine is not installed.";
    static final String MOVED = "set by hand on the Evaluate screen";
    /** The gallery holds the most anomalous examples only: the ones a person looks at. */
    static final int GALLERY_SIZE = 200;
    static final int BINS = 40;
    /** A threshold is written once it has rested this long. */
    static final Duration WRITE_DELAY = Duration.ofMillis(400);
    private final UiTasks tasks;
    private final EvaluationRunner runner;
    private final StringProperty status;
    private Optional<AnomalyService> engine = Optional.empty();
    private UiDelay delay = UiDelay.fx();
    private UiDelay.Pending pendingWrite = () -> { };
    private LongConsumer openInLabel = id -> { };
    private Optional<ProjectSession> session = Optional.empty();
    private Optional<RunChoice> run = Optional.empty();
    private long generation;
    private boolean applying;
    private Map<Long, Path> files = Map.of();
    private AnomalyScores scores = new AnomalyScores(new double[0], new boolean[0]);
    private final ReadOnlyObjectWrapper<Optional<AnomalyEvaluation>> evaluation =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final DoubleProperty threshold = new SimpleDoubleProperty();
    private final ReadOnlyStringWrapper thresholdSource = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper moved = new ReadOnlyBooleanWrapper();
    private final ObservableList<AnomalyItem> gallery = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<ScoreHistogram>> histogram =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<RankCurves>> curves = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper atThreshold = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private int flaggedInGallery = -1;

    /** @param status the screen's status line */
    AnomalyViewModel(UiTasks tasks, EvaluationRunner runner, StringProperty status) {
        this.tasks = tasks;
        this.runner = runner;
        this.status = status;
        threshold.addListener((o, a, b) -> thresholdChanged());
    }

    /** The engine that scores autoencoder runs (DL4J's, set by the app); without one, Evaluate says it is missing. */
    public void setEngine(AnomalyService scoring) {
        engine = Optional.of(scoring);
    }

    /** What waits before a moved threshold is written (tests pass one they run by hand). */
    public void setDelay(UiDelay wait) {
        delay = wait;
    }

    /** Where a click on an example goes: the Label screen, with it shown. */
    public void setOnOpenImage(LongConsumer open) {
        openInLabel = open;
    }

    void projectOpened(Optional<ProjectSession> next) {
        flushWrite();
        session = next;
        generation++;
        run = Optional.empty();
        apply(new AnomalyLoaded(Optional.empty(), Optional.empty(), Map.of()));
    }

    /**
     * Shows {@code chosen}'s saved scores (none: nothing shown); the threshold is the one kept with the run, else its
     * default. The same run shown again keeps the threshold on screen, which may not be written yet.
     */
    void show(Optional<RunChoice> chosen) {
        boolean same = chosen.equals(run) && evaluation.get().isPresent();
        if (!same) {
            flushWrite();
        }
        run = chosen;
        if (chosen.isEmpty() || session.isEmpty()) {
            apply(new AnomalyLoaded(Optional.empty(), Optional.empty(), Map.of()));
            return;
        }
        long asked = generation;
        double shown = threshold.get();
        tasks.submit(() -> AnomalyLoaded.saved(session.get().store(), chosen.get().id()), loaded -> {
            if (asked == generation && chosen.equals(run)) {
                boolean keep = same && moved.get() && loaded.evaluation().isPresent();
                apply(keep ? new AnomalyLoaded(loaded.evaluation(), Optional.of(new AnomalyThreshold(shown, MOVED)),
                        loaded.files()) : loaded);
                status.set(loaded.evaluation().isEmpty() ? "Not scored yet: press Evaluate to score the test part."
                        : "");
            }
        }, "Cannot read the anomaly scores");
    }

    /** Scores the chosen run's validation and test parts; the screen shows progress and can cancel. */
    void evaluate() {
        if (run.isEmpty() || session.isEmpty()) {
            return;
        }
        if (engine.isEmpty()) {
            status.set(UNAVAILABLE);
            return;
        }
        RunChoice chosen = run.get();
        ProjectSession working = session.get();
        AnomalyService scoring = engine.get();
        long asked = generation;
        flushWrite();
        runner.run("Scoring", chosen.name(), (p, c) -> AnomalyLoaded.score(working, scoring, chosen.id(), p, c),
                () -> asked == generation, loaded -> {
                    if (Optional.of(chosen).equals(run)) {
                        apply(loaded);
                        status.set(String.join(" ", loaded.evaluation().map(AnomalyEvaluation::notes)
                                .orElse(List.of())));
                    }
                });
    }

    private void apply(AnomalyLoaded loaded) {
        files = loaded.files();
        Optional<AnomalyEvaluation> e = loaded.evaluation();
        scores = e.map(AnomalyEvaluation::scores).orElse(new AnomalyScores(new double[0], new boolean[0]));
        histogram.set(e.map(x -> ScoreHistogram.of(scores.scores(), BINS)));
        curves.set(e.flatMap(AnomalyEvaluation::curves));
        flaggedInGallery = -1;
        applying = true;
        try {
            evaluation.set(e);
            threshold.set(loaded.moved().map(AnomalyThreshold::value).orElse(e.map(AnomalyEvaluation::threshold)
                    .orElse(0.0)));
        } finally {
            applying = false;
        }
        moved.set(loaded.moved().isPresent());
        thresholdSource.set(loaded.moved().map(AnomalyThreshold::source)
                .or(() -> e.map(AnomalyEvaluation::thresholdSource)).orElse(""));
        figures();
    }

    private void thresholdChanged() {
        if (applying || evaluation.get().isEmpty()) {
            return;
        }
        figures();
        if (!(threshold.get() >= 0) || Double.isInfinite(threshold.get())) {
            return; // not a threshold that can be kept: shown, not written
        }
        moved.set(true);
        thresholdSource.set(MOVED);
        pendingWrite.cancel();
        RunChoice chosen = run.orElseThrow();
        AnomalyThreshold value = new AnomalyThreshold(threshold.get(), MOVED);
        pendingWrite = delay.after(WRITE_DELAY, () -> write(chosen, value));
    }

    /** Writes a threshold that is waiting now, rather than losing it when the run or project changes. */
    private void flushWrite() {
        pendingWrite.cancel();
        pendingWrite = () -> { };
        if (moved.get() && run.isPresent() && evaluation.get().isPresent()) {
            write(run.get(), new AnomalyThreshold(threshold.get(), MOVED));
        }
    }

    private void write(RunChoice chosen, AnomalyThreshold value) {
        pendingWrite = () -> { };
        session.map(ProjectSession::store).ifPresent(store -> tasks.submit(() -> {
            new RunStore(store).folder(chosen.id()).writeAnomalyThreshold(value);
            return value;
        }, written -> { }, "Cannot keep the threshold"));
    }

    /** Back to the default threshold (the normal validation examples' 99th percentile), forgetting the moved one. */
    public void resetThreshold() {
        Optional<AnomalyEvaluation> e = evaluation.get();
        if (e.isEmpty() || run.isEmpty() || session.isEmpty()) {
            return;
        }
        pendingWrite.cancel();
        pendingWrite = () -> { };
        long runId = run.get().id();
        var store = session.get().store();
        apply(new AnomalyLoaded(e, Optional.empty(), files));
        tasks.submit(() -> {
            new RunStore(store).folder(runId).clearAnomalyThreshold();
            return runId;
        }, cleared -> { }, "Cannot reset the threshold");
    }

    /** Opens the example in the Label screen. */
    public void open(AnomalyItem item) {
        openInLabel.accept(item.example().imageId());
    }

    private void figures() {
        Optional<AnomalyEvaluation> e = evaluation.get();
        double t = threshold.get();
        counts.set(e.map(x -> AnomalyFigures.counts(scores, t)).orElse(""));
        headline.set(e.map(x -> AnomalyFigures.headline(scores, curves.get(), t)).orElse(""));
        atThreshold.set(e.map(x -> curves.get().isPresent() ? AnomalyFigures.atThreshold(x, scores, t)
                : AnomalyFigures.noLabelledAnomalies(x)).orElse(""));
        List<AnomalyEvaluation.Scored> ranked = e.map(AnomalyEvaluation::mostAnomalous).orElse(List.of());
        List<AnomalyEvaluation.Scored> top = ranked.subList(0, Math.min(GALLERY_SIZE, ranked.size()));
        int flagged = (int) top.stream().filter(s -> AnomalyScores.isAnomaly(s.score(), t)).count();
        // The gallery is in score order, so its flagged examples are a prefix: rebuilt only when that prefix changes.
        if (flagged != flaggedInGallery) {
            flaggedInGallery = flagged;
            List<AnomalyItem> items = new ArrayList<>(top.size());
            for (int i = 0; i < top.size(); i++) {
                AnomalyEvaluation.Scored s = top.get(i);
                items.add(new AnomalyItem(s, i + 1, i < flagged, Optional.ofNullable(files.get(s.imageId()))));
            }
            gallery.setAll(items);
        }
    }

    public ReadOnlyObjectProperty<Optional<AnomalyEvaluation>> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    /** The threshold on screen; setting it moves it (kept with the run once it rests). */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** How the threshold was chosen: the default's percentile, or by hand. */
    public ReadOnlyStringProperty thresholdSourceProperty() {
        return thresholdSource.getReadOnlyProperty();
    }

    /** The threshold is not the default (Reset brings the default back). */
    public ReadOnlyBooleanProperty movedProperty() {
        return moved.getReadOnlyProperty();
    }

    /** The most anomalous test examples, highest score first. */
    public ObservableList<AnomalyItem> gallery() {
        return gallery;
    }

    public ReadOnlyObjectProperty<Optional<ScoreHistogram>> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    /** ROC and PR against the labelled anomalies; empty when none (or no normal examples) are in the test part. */
    public ReadOnlyObjectProperty<Optional<RankCurves>> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The screen's summary line: "AUROC 0.912 · AP 0.840 · 12 of 300 called anomalies". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Precision, recall and F1 at the threshold, or why they are not known. */
    public ReadOnlyStringProperty atThresholdProperty() {
        return atThreshold.getReadOnlyProperty();
    }
}
