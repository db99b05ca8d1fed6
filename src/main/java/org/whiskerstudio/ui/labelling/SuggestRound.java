package org.whiskerstudio.ui.labelling;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.suggest.SuggestingRuns;
import org.whiskerstudio.suggest.SuggestionService;
import org.whiskerstudio.suggest.SuggestionSummary;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * A round of suggesting from the Label screen: which runs can suggest, then the chosen run predicting every unlabelled
 * example off the UI thread, with progress and cancellation. It writes only the suggestion table (one transaction at
 * the end), so labelling can go on meanwhile; the queue is re-read when it is done.
 */
final class SuggestRound {
    /** A run the person can choose to suggest with. */
    record RunOption(long id, String label) {
        static RunOption of(TrainingRun run) {
            return new RunOption(run.id(), run.name() + " (run " + run.id() + ", " + run.epochsDone()
                    + (run.epochsDone() == 1 ? " epoch" : " epochs")
                    + run.bestValidationAccuracy().stream().mapToObj(a -> String.format(Locale.ROOT,
                    ", validation accuracy %.1f%%", 100 * a)).findFirst().orElse("") + ")");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final long PROGRESS_INTERVAL_MILLIS = 100;
    private final UiTasks tasks;
    private final SuggestionServiceFactory services;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Cancellation cancellation = new Cancellation();

    SuggestRound(UiTasks tasks, SuggestionServiceFactory services) {
        this.tasks = tasks;
        this.services = services;
    }

    /** Reads the runs that can suggest (newest first) and hands them to {@code then} on the UI thread. */
    void readRuns(LabelSession s, Consumer<List<RunOption>> then) {
        tasks.submit(s.work(() -> SuggestingRuns.of(s.project().store()).stream().map(RunOption::of).toList()), then,
                "Cannot read the runs");
    }

    /** Suggests with a run; {@code done} runs on the UI thread once the new suggestions are stored. */
    void start(LabelSession s, RunOption run, Runnable done) {
        Optional<SuggestionService> engine = services.open(s.project().store());
        if (engine.isEmpty()) {
            message.set("This build cannot suggest labels: it has no deep-learning engine.");
            return;
        }
        cancel();
        Cancellation mine = new Cancellation();
        cancellation = mine;
        running.set(true);
        progress.set(-1);
        message.set("Suggesting with " + run.label() + "...");
        Progress shown = tasks.progress(PROGRESS_INTERVAL_MILLIS, u -> {
            if (cancellation == mine && running.get()) {
                progress.set(u.fraction());
                message.set(u.message().isBlank() ? u.counted() : u.message());
            }
        });
        tasks.submit(s.work(() -> engine.get().suggest(s.project().store(), run.id(), shown, mine)), outcome -> {
            if (cancellation != mine) {
                return;
            }
            running.set(false);
            message.set(outcome.map(SuggestRound::said)
                    .orElse("Suggesting cancelled: the earlier suggestions are kept."));
            if (outcome.isPresent()) {
                done.run();
            }
        }, failure -> {
            if (cancellation == mine) {
                running.set(false);
                message.set("");
                tasks.report("Cannot suggest labels", failure);
            }
        });
    }

    private static String said(SuggestionService.Outcome outcome) {
        SuggestionSummary summary = outcome.summary();
        return String.join(" ", "Run " + summary.runId() + " suggested labels for " + summary.suggested()
                + (summary.suggested() == 1 ? " example" : " examples") + "; " + summary.lowMargin() + " uncertain.",
                String.join(" ", outcome.notes())).strip();
    }

    /** Stops a running round (its earlier suggestions stay); nothing happens when none runs. */
    void cancel() {
        cancellation.cancel();
        if (running.get()) {
            running.set(false);
            message.set("Suggesting cancelled: the earlier suggestions are kept.");
        }
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the total is unknown. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
