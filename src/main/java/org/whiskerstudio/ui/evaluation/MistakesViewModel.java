package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.common.edit.CompoundEdit;
import org.whiskerstudio.common.edit.EditCommand;
import org.whiskerstudio.common.edit.UndoStack;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.suggest.KeepLabel;
import org.whiskerstudio.suggest.KeptLabel;
import org.whiskerstudio.suggest.LabelMistake;
import org.whiskerstudio.suggest.LabelMistakes;
import org.whiskerstudio.suggest.MistakeScan;
import org.whiskerstudio.suggest.MistakeScoring;
import org.whiskerstudio.ui.common.Failure;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * The possible label mistakes of the Evaluate screen's run: Find scores the labelled training and validation examples
 * off the FX thread (progress, cancel); the list, surest first, follows the threshold, relabels and Keeps without
 * scoring again. Relabel and Keep go on the screen's undo stack; keys act on the selected item.
 */
public final class MistakesViewModel {
    static final String UNAVAILABLE = "Finding label mistakes is not available in this build: its engine is not "
            + "installed.";
    private static final long PROGRESS_INTERVAL_MILLIS = 100;
    private final UiTasks tasks;
    private final UndoStack undo;
    private final MistakeScoringFactory scorings;
    private final ReadOnlyObjectProperty<RunChoice> run;
    private final DoubleProperty threshold = new SimpleDoubleProperty(LabelMistakes.DEFAULT_THRESHOLD);
    private final ObservableList<MistakeItem> items = FXCollections.observableArrayList();
    private final ObservableList<String> classes = FXCollections.observableArrayList();
    private final ObjectProperty<MistakeItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Optional<ProjectSession> session = Optional.empty();
    private Optional<MistakeScoring> scoring = Optional.empty();
    private Optional<Found> found = Optional.empty();
    private Cancellation cancellation = new Cancellation();
    private long generation;

    /** A scan with the files of its examples (read once: listing again must stay quick). */
    private record Found(MistakeScan scan, Map<Long, Path> files) {
    }

    /** A listing with the project's class names of the moment. */
    private record Listed(List<LabelMistake> mistakes, List<String> classes) {
    }

    /** @param run the screen's chosen run, whose model Find asks */
    MistakesViewModel(UiTasks tasks, UndoStack undo, MistakeScoringFactory scorings,
                      ReadOnlyObjectProperty<RunChoice> run) {
        this.tasks = tasks;
        this.undo = undo;
        this.scorings = scorings;
        this.run = run;
        run.addListener((o, a, b) -> forget());
        threshold.addListener((o, a, b) -> relist(Optional.empty()));
    }

    void projectOpened(Optional<ProjectSession> next) {
        session = next;
        scoring = next.flatMap(s -> scorings.open(s.store()));
        forget();
    }

    /** Another run or project: the list and a running scan are dropped. */
    private void forget() {
        generation++;
        cancel();
        running.set(false);
        found = Optional.empty();
        items.clear();
        selected.set(null);
        status.set(run.get() == null ? "" : "Find checks the labels of the training and validation examples with "
                + run.get().name() + ".");
    }

    // ---- commands ----

    /** Scores the labelled training and validation examples with the chosen run, then lists the disagreements. */
    public void find() {
        RunChoice chosen = run.get();
        if (session.isEmpty() || chosen == null || running.get()) {
            return;
        }
        if (scoring.isEmpty()) {
            status.set(UNAVAILABLE);
            return;
        }
        MistakeScoring engine = scoring.get();
        ProjectStore store = session.get().store();
        Cancellation mine = new Cancellation();
        cancellation = mine;
        running.set(true);
        progress.set(-1);
        status.set("Checking labels with " + chosen.name() + "...");
        long asked = generation;
        Progress shown = tasks.progress(PROGRESS_INTERVAL_MILLIS, u -> {
            if (cancellation == mine && running.get()) {
                progress.set(u.fraction());
                status.set(u.message());
            }
        });
        tasks.submit(() -> engine.scan(store, chosen.id(), shown, mine).map(scan -> new Found(scan, files(store))),
                result -> {
                    if (asked != generation) {
                        return;
                    }
                    running.set(false);
                    found = result;
                    if (result.isEmpty()) {
                        status.set("Finding label mistakes cancelled.");
                    } else {
                        relist(Optional.empty());
                    }
                }, f -> {
                    if (asked == generation) {
                        running.set(false);
                        status.set("");
                    }
                    tasks.report("Cannot check the labels with " + chosen.name(), f);
                });
    }

    public void cancel() {
        cancellation.cancel();
    }

    /**
     * Gives the example the class {@code className} (one undoable labelling edit, saved at once). A class other than
     * the run's is the person's answer against the run: it is kept too, so the example does not come straight back.
     */
    public void relabel(MistakeItem item, String className) {
        if (session.isEmpty() || found.isEmpty()) {
            return;
        }
        ProjectStore store = session.get().store();
        long imageId = item.mistake().imageId();
        UnaryOperator<EditCommand> edit = className.equalsIgnoreCase(item.mistake().predicted()) ? r -> r
                : r -> new CompoundEdit(r.description(), List.of(r, new KeepLabel(new LabelMistakes(store),
                        new KeptLabel(imageId, className, found.get().scan().runId()))));
        if (Relabelling.apply(new AnnotationStore(store), undo, tasks, imageId, className, edit)) {
            done(item, "Relabelled as " + className + ". Undo puts it back.");
        }
    }

    /** Relabels as the run's class. */
    public void relabelAsPredicted(MistakeItem item) {
        relabel(item, item.mistake().predicted());
    }

    /** Keeps the example's label: it leaves the list until its label changes (undoable). */
    public void keep(MistakeItem item) {
        if (session.isEmpty() || found.isEmpty()) {
            return;
        }
        String label = item.mistake().label();
        try {
            undo.execute(new KeepLabel(new LabelMistakes(session.get().store()),
                    new KeptLabel(item.mistake().imageId(), label, found.get().scan().runId())));
        } catch (RuntimeException e) {
            tasks.report("The Keep was not saved", new Failure(e));
            return;
        }
        done(item, "Kept the label " + label + ": it stays off this list until it changes. Undo takes it back.");
    }

    /** Enter: relabels the selected item as the run's class. */
    public void relabelSelected() {
        Optional.ofNullable(selected.get()).ifPresent(this::relabelAsPredicted);
    }

    /** K: keeps the selected item's label. */
    public void keepSelected() {
        Optional.ofNullable(selected.get()).ifPresent(this::keep);
    }

    /** Moves the selection {@code step} items on, within the list. */
    public void moveSelection(int step) {
        if (!items.isEmpty()) {
            int at = Math.max(0, Math.min(items.size() - 1, items.indexOf(selected.get()) + step));
            selected.set(items.get(at));
        }
    }

    /** Labels changed on this screen (an undo, say): the list follows. */
    void labelsChanged() {
        relist(Optional.empty());
    }

    private void done(MistakeItem item, String message) {
        int at = items.indexOf(item);
        // Off the list at once, so that a second key press acts on the next one, not on this one again.
        items.remove(item);
        select(at);
        relist(Optional.of(message));
    }

    /** Lists again from the scan (current labels, Keeps, threshold); {@code message} replaces the summary line. */
    private void relist(Optional<String> message) {
        if (session.isEmpty() || found.isEmpty()) {
            return;
        }
        ProjectStore store = session.get().store();
        Found current = found.get();
        double t = threshold.get();
        long asked = generation;
        tasks.submit(() -> new Listed(new LabelMistakes(store).list(current.scan(), t),
                store.labelClasses().stream().map(LabelClass::name).toList()), listed -> {
            if (asked != generation || found.orElse(null) != current) {
                return;
            }
            int at = Math.max(0, items.indexOf(selected.get()));
            classes.setAll(listed.classes());
            items.setAll(listed.mistakes().stream().map(m -> new MistakeItem(m, Optional.ofNullable(current.files()
                    .get(m.imageId())))).toList());
            select(at);
            status.set(message.orElseGet(() -> summary(current.scan(), t)));
        }, "Cannot list the possible label mistakes");
    }

    private void select(int at) {
        selected.set(items.isEmpty() ? null : items.get(Math.min(Math.max(0, at), items.size() - 1)));
    }

    private String summary(MistakeScan scan, double t) {
        String head = items.isEmpty()
                ? String.format(Locale.ROOT, "No labels that the run contradicts with p \u2265 %.2f.", t)
                : String.format(Locale.ROOT, "%d possible label mistake%s: the run gives another class p \u2265 %.2f."
                + " Enter relabels the selected one as the run's class, K keeps its label.", items.size(),
                items.size() == 1 ? "" : "s", t);
        return scan.notes().isEmpty() ? head : head + " " + String.join(" ", scan.notes());
    }

    private static Map<Long, Path> files(ProjectStore store) {
        Map<Long, Path> files = new HashMap<>();
        for (ImageAsset image : store.images(ImageQuery.ALL)) {
            files.put(image.id(), store.layout().resolveStored(image.storedPath()));
        }
        return files;
    }

    // ---- state ----

    /** The probability from which a disagreeing run counts (0..1); the list follows at once. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The possible mistakes, surest first. */
    public ObservableList<MistakeItem> items() {
        return items;
    }

    /** The project's class names, for the Relabel menu. */
    public List<String> classes() {
        return classes;
    }

    /** The item Enter and K act on (null when the list is empty). */
    public ObjectProperty<MistakeItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the amount is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
