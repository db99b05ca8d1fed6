package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.common.edit.UndoStack;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.EvaluationData;
import org.whiskerstudio.evaluation.SavedEvaluations;
import org.whiskerstudio.evaluation.SuggestedLabels;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.ui.common.Failure;
import org.whiskerstudio.ui.common.NextStep;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.ProjectScoped;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * The Evaluate screen's state and commands: which run on which data, the evaluation with its progress and
 * cancellation, relabelling from the gallery (undoable edits of the project, the matrix following at once), a second
 * run to compare, and the report export. Work goes through the task executor.
 */
public final class EvaluationViewModel implements ProjectScoped<ProjectSession> {
    static final String UNAVAILABLE = EvaluationRunner.UNAVAILABLE;
    private final UiTasks tasks;
    private final EvaluationServiceFactory services;
    /** The evaluation going on, with its progress and cancellation. */
    private final EvaluationRunner runner;
    private final ObservableList<RunChoice> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunChoice> run = new SimpleObjectProperty<>();
    private final ObjectProperty<RunChoice> compareRun = new SimpleObjectProperty<>();
    private final ObjectProperty<Optional<Path>> otherProject = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper suggestedWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(EvaluableRuns.NOTHING_TRAINED);
    private final ReadOnlyBooleanWrapper canRelabel = new ReadOnlyBooleanWrapper();
    private final EvaluationResults results = new EvaluationResults();
    private final EvaluationResults compared = new EvaluationResults();
    private final ObservableList<CompareRow> compareRows = CompareRow.following(results, compared);
    private final UndoStack undo = new UndoStack();
    /** An autoencoder run's anomaly scores and threshold, shown instead of the classes' results. */
    private final AnomalyViewModel anomalies;
    /** Agent runs, on a tab of their own. */
    private final AgentEvaluationViewModel agents;
    /** Possible label mistakes of the chosen run; its relabels and Keeps share the undo stack. */
    private final MistakesViewModel mistakes;
    private Optional<ProjectSession> session = Optional.empty();
    private long generation;
    private Map<Long, Path> shownFiles = Map.of();
    private final RunPick pick = new RunPick();
    /** After an evaluation: deploy or export the run (the shell goes to Deploy with it chosen). */
    private final NextStep nextStep = new NextStep();

    /**
     * @param services        opens each opened project's evaluation engine
     * @param mistakeScorings opens each opened project's engine for possible label mistakes
     */
    public EvaluationViewModel(TaskExecutor executor, Notifier notifier, EvaluationServiceFactory services,
                               MistakeScoringFactory mistakeScorings) {
        this.tasks = new UiTasks(executor, notifier);
        this.services = services;
        this.runner = new EvaluationRunner(tasks, status);
        this.anomalies = new AnomalyViewModel(tasks, runner, status);
        this.agents = new AgentEvaluationViewModel(tasks);
        this.mistakes = new MistakesViewModel(tasks, undo, mistakeScorings, run);
        undo.addListener(() -> undoText.set(undo.undoDescription().map(d -> "Undo " + d).orElse("")));
        run.addListener((o, a, b) -> loadSaved());
        otherProject.addListener((o, a, b) -> loadSaved());
        compareRun.addListener((o, a, b) -> compare());
    }

    /** Another project (or none): a running evaluation is cancelled, the undo history cleared. */
    @Override
    public void projectOpened(Optional<ProjectSession> next) {
        session = next;
        runner.use(next.flatMap(s -> services.open(s.store())));
        mistakes.projectOpened(next);
        anomalies.projectOpened(next);
        agents.projectOpened(next);
        generation++;
        undo.clear();
        pick.reset();
        emptyMessage.set(EvaluableRuns.NOTHING_TRAINED);
        runs.clear();
        run.set(null);
        compareRun.set(null);
        otherProject.set(Optional.empty());
        results.show(Optional.empty(), Map.of());
        compared.show(Optional.empty(), Map.of());
        refresh();
    }

    /** Re-reads the runs (the screen calls it when shown); labels edited elsewhere are taken into account. */
    public void refresh() {
        session.ifPresent(s -> {
            long asked = generation;
            tasks.submit(() -> EvaluableRuns.read(new RunStore(s.store())), found -> {
                if (asked != generation) {
                    return;
                }
                List<RunChoice> list = found.choices();
                emptyMessage.set(found.emptyMessage());
                RunChoice keep = run.get();
                RunChoice keepCompare = compareRun.get();
                // A combo box over the list may clear its value while the list is replaced: both are set again.
                runs.setAll(list);
                RunChoice next = pick.choose(list, Optional.ofNullable(keep)).orElse(null);
                if (Objects.equals(next, run.get())) {
                    if (otherProject.get().isEmpty()) {
                        loadSaved();
                    }
                } else {
                    run.set(next);
                }
                compareRun.set(keepCompare == null ? null : RunPick.byId(list, keepCompare.id()).orElse(null));
            }, "Cannot read the runs");
        });
    }

    /** Shows {@code runId} once the runs are read again, evaluating it if it never was ("Evaluate this run"). */
    public void showRun(long runId) {
        pick.want(runId);
        refresh();
    }

    /** A saved test-part evaluation of the chosen run, brought up to date with the current labels. */
    private void loadSaved() {
        RunChoice chosen = run.get();
        anomalies.show(Optional.ofNullable(chosen).filter(RunChoice::scoresAnomalies));
        if (session.isEmpty() || chosen == null || otherProject.get().isPresent() || chosen.scoresAnomalies()) {
            results.show(Optional.empty(), Map.of());
            suggestedWarning.set("");
            nextStep.clear();
            if (chosen == null || !chosen.scoresAnomalies()) {
                status.set(chosen == null ? "" : "Press Evaluate to run the model over the other project's images.");
            }
            return;
        }
        ProjectStore store = session.get().store();
        long asked = generation;
        if (results.evaluationProperty().get().isEmpty()) {
            status.set("Reading the saved evaluation...");
        }
        tasks.submit(() -> Loaded.test(store, chosen.id()), loaded -> {
            if (asked == generation && chosen.equals(run.get()) && otherProject.get().isEmpty()) {
                apply(loaded);
                if (pick.evaluationAsked(chosen.id()) && loaded.evaluation().isEmpty()) {
                    evaluate(); // "Evaluate this run" from the Train screen, for a run not evaluated yet
                }
            }
        }, "Cannot read the saved evaluation");
    }

    private void apply(Loaded loaded) {
        shownFiles = loaded.files();
        suggestedWarning.set(loaded.suggested().warning().orElse(""));
        results.show(loaded.evaluation(), loaded.files());
        canRelabel.set(loaded.evaluation().isPresent() && otherProject.get().isEmpty());
        status.set(loaded.note());
        nextStep.clear();
        Optional.ofNullable(run.get()).filter(r -> loaded.evaluation().isPresent() && otherProject.get().isEmpty())
                .ifPresent(r -> nextStep.offer(r.name() + " is evaluated. Next:", r.id()));
    }

    // ---- commands ----

    /** Runs the chosen run's model over the chosen data; the screen shows progress and can cancel. */
    public void evaluate() {
        RunChoice chosen = run.get();
        if (session.isEmpty() || chosen == null || runner.runningProperty().get()) {
            return;
        }
        if (chosen.scoresAnomalies()) {
            anomalies.evaluate();
            return;
        }
        Optional<Path> other = otherProject.get();
        EvaluationData data = other.<EvaluationData>map(EvaluationData.OtherProject::new)
                .orElse(new EvaluationData.TestPart());
        start(chosen, data, loaded -> {
            if (chosen.equals(run.get()) && other.equals(otherProject.get())) {
                apply(loaded);
                if (loaded.note().isEmpty()) {
                    status.set(loaded.evaluation().map(e -> String.join(" ", e.notes())).orElse(""));
                }
            }
        });
    }

    private void start(RunChoice chosen, EvaluationData data, Consumer<Loaded> done) {
        long asked = generation;
        session.ifPresent(s -> runner.start(s, chosen, data, () -> asked == generation, done));
    }

    public void cancel() {
        runner.cancel();
    }

    /**
     * Corrects an image's label to the model's class {@code classIndex}: one undoable labelling edit saved at once;
     * the matrix, metrics and gallery follow (the model's answer does not depend on the label, so no re-evaluation).
     */
    public void relabel(GalleryItem item, int classIndex) {
        Optional<Evaluation> current = results.evaluationProperty().get();
        if (session.isEmpty() || current.isEmpty() || !canRelabel.get()) {
            return;
        }
        String name = current.get().classes().get(classIndex);
        if (!Relabelling.apply(new AnnotationStore(session.get().store()), undo, tasks, item.prediction().imageId(),
                name)) {
            return;
        }
        showAndSave(current.get().relabelled(item.prediction().imageId(), classIndex));
        status.set("Relabelled as " + name + ". Undo puts it back.");
    }

    /** Undoes the last relabel (or Keep) made here; the evaluation and the possible mistakes follow the labels. */
    public void undo() {
        Optional<Evaluation> current = results.evaluationProperty().get();
        if (session.isEmpty() || !undo.canUndo()) {
            return;
        }
        try {
            undo.undo();
        } catch (RuntimeException e) {
            tasks.report("Cannot undo", new Failure(e));
            return;
        }
        current.ifPresent(e -> {
            showAndSave(e.withLabels(CurrentLabels.of(session.get().store())).evaluation());
            status.set("");
        });
        mistakes.labelsChanged();
    }

    private void showAndSave(Evaluation next) {
        ProjectStore store = session.orElseThrow().store();
        results.show(Optional.of(next), shownFiles);
        tasks.submit(() -> {
            SavedEvaluations.writeTest(new RunStore(store).folder(next.runId()), next);
            // A relabelled example is typed now: the warning follows.
            return SuggestedLabels.of(store, next);
        }, suggested -> suggestedWarning.set(suggested.warning().orElse("")), "Cannot save the evaluation");
    }

    /** Evaluates (or loads) the second run on the same data, for the side-by-side view. */
    private void compare() {
        RunChoice other = compareRun.get();
        if (session.isEmpty() || other == null || other.scoresAnomalies()) {
            compared.show(Optional.empty(), Map.of());
            return;
        }
        Consumer<Loaded> show = l -> {
            if (other.equals(compareRun.get())) {
                compared.show(l.evaluation(), l.files());
            }
        };
        if (otherProject.get().isPresent()) {
            start(other, new EvaluationData.OtherProject(otherProject.get().get()), show);
            return;
        }
        ProjectStore store = session.get().store();
        long asked = generation;
        tasks.submit(() -> Loaded.test(store, other.id()), loaded -> {
            if (asked == generation && loaded.evaluation().isPresent()) {
                show.accept(loaded);
            } else if (asked == generation && other.equals(compareRun.get())) {
                start(other, new EvaluationData.TestPart(), show);
            }
        }, "Cannot compare");
    }

    /** Writes evaluation.html and evaluation.csv of what is shown (the threshold included) into {@code folder}. */
    public void export(Path folder) {
        results.report().ifPresent(report -> tasks.submit(() -> report.write(folder), written -> {
            String message = "Report written: " + written.get(0).toAbsolutePath() + " and "
                    + written.get(1).getFileName();
            status.set(message);
            tasks.notifier().fileWritten("Report written", message, written.get(0));
        }, "Cannot write the report"));
    }

    /** What the screen says while {@link #runs()} is empty. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ObservableList<RunChoice> runs() {
        return runs;
    }

    public ObjectProperty<RunChoice> runProperty() {
        return run;
    }

    /** A second run to compare with (null for none). */
    public ObjectProperty<RunChoice> compareRunProperty() {
        return compareRun;
    }

    /** Another project folder to evaluate on; empty for this project's test part. */
    public ObjectProperty<Optional<Path>> otherProjectProperty() {
        return otherProject;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return runner.runningProperty();
    }

    /** 0..1, or -1 while the amount is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return runner.progressProperty();
    }

    /** Progress, notes and outcomes in a sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "12 of 300 test labels were accepted suggestions (run 3): these flatter the model", or "" when none were. */
    public ReadOnlyStringProperty suggestedWarningProperty() {
        return suggestedWarning.getReadOnlyProperty();
    }

    /** "Undo Relabel as Shirt", or "" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** Relabelling works on this project's test part, not on another project's images. */
    public ReadOnlyBooleanProperty canRelabelProperty() {
        return canRelabel.getReadOnlyProperty();
    }

    public EvaluationResults results() {
        return results;
    }

    /** After an evaluation of the test part: deploy or export the run; the shell sets where it goes. */
    public NextStep nextStep() {
        return nextStep;
    }

    /** The chosen autoencoder run's anomaly scores and threshold. */
    public AnomalyViewModel anomalies() {
        return anomalies;
    }

    /** The agent runs' tab. */
    public AgentEvaluationViewModel agents() {
        return agents;
    }

    /** The possible label mistakes of the chosen run. */
    public MistakesViewModel mistakes() {
        return mistakes;
    }

    /** The second run's results on the same data. */
    public EvaluationResults compared() {
        return compared;
    }

    public ObservableList<CompareRow> compareRows() {
        return compareRows;
    }
}
