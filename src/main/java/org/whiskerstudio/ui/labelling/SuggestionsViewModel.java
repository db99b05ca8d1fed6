package org.whiskerstudio.ui.labelling;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.suggest.Suggestion;
import org.whiskerstudio.suggest.SuggestionOrder;

/**
 * The Label screen's model in the loop: a round of suggesting with a run, the queue of suggestions in one of its
 * orders (the screen walks it instead of every image), the suggestion shown on the example, and accepting it (Enter)
 * or every one in the queue at or above a threshold (Shift+Enter, one undoable edit). Accepting goes through the same
 * ordered store work as every other edit, so keys pressed quickly keep their order.
 */
public final class SuggestionsViewModel {
    private final LabelWork work;
    private final SuggestionQueue suggestions;
    private final SuggestRound round;

    SuggestionsViewModel(LabelWork work, SuggestionQueue suggestions, SuggestRound round, ShownImage shown,
                         ImageNavigator navigator) {
        this.work = work;
        this.suggestions = suggestions;
        this.round = round;
        Runnable refreshShown = () -> suggestions.refresh(shown.image(), !shown.annotations().isEmpty(),
                navigator::isLabelled);
        shown.currentProperty().addListener((o, a, b) -> refreshShown.run());
        shown.annotations().addListener((ListChangeListener<Annotation>) c -> refreshShown.run());
        navigator.statusVersionProperty().addListener((o, a, b) -> refreshShown.run());
        suggestions.storedProperty().addListener((o, a, b) -> refreshShown.run());
        // The queue, or another order of it, is another list of images: read again from its head. Leaving the queue
        // stays on the example shown.
        suggestions.activeProperty().addListener((o, a, b) -> work.reload(b ? -1 : shown.image().map(i -> i.id())
                .orElse(-1L)));
        suggestions.orderProperty().addListener((o, a, b) -> work.reload(-1));
    }

    /** Reads the runs that can suggest labels, newest first, and hands them to {@code then} (UI thread). */
    public void readSuggestingRuns(Consumer<List<SuggestRound.RunOption>> then) {
        work.session().ifPresent(s -> round.readRuns(s, then));
    }

    /** Suggests with {@code run} off the UI thread; once stored, the queue opens least certain first. */
    public void suggest(SuggestRound.RunOption run) {
        work.session().ifPresent(s -> round.start(s, run, () -> {
            // Also in the status line: the row's own words give way to the queue's controls when space is short.
            work.say(round.messageProperty().get());
            suggestions.orderProperty().set(SuggestionOrder.UNCERTAIN);
            if (suggestions.activeProperty().get()) {
                work.reload(-1);
            } else {
                suggestions.activeProperty().set(true);
            }
        }));
    }

    /** Q: opens or closes the suggestion queue, as the Queue button does; says why not when nothing is queued. */
    public void toggleQueue() {
        boolean open = suggestions.activeProperty().get();
        if (!open && suggestions.storedProperty().get() == 0) {
            work.say("No suggestions to queue yet: Suggest... asks a trained run for them.");
            return;
        }
        suggestions.activeProperty().set(!open);
    }

    /** Stops a round of suggesting; the earlier suggestions stay. */
    public void cancelSuggesting() {
        round.cancel();
    }

    /** Enter: accepts the suggestion of the example shown and moves on to the next example still unlabelled. */
    public void acceptSuggestion() {
        work.accept(() -> suggestions.shownProperty().get().map(List::of).orElse(List.of()), 0, true,
                n -> n == 0 ? "No suggestion to accept here." : "");
    }

    /**
     * Shift+Enter: accepts every suggestion of the queue (as ordered now) at or above the threshold whose example is
     * still unlabelled, as one undoable edit, and says how many.
     */
    public void acceptSuggestionsAbove() {
        double threshold = suggestions.thresholdProperty().get();
        String at = String.format(Locale.ROOT, "%.0f%%", 100 * threshold);
        if (!suggestions.activeProperty().get()) {
            work.say("Open the suggestion queue first; Shift+Enter accepts its suggestions at or above " + at + ".");
            return;
        }
        work.accept(suggestions::view, threshold, false, n -> n == 0 ? "No suggestion left at or above " + at + "."
                : "Accepted " + n + (n == 1 ? " suggestion" : " suggestions") + " at or above " + at
                + " (Ctrl+Z takes them all back).");
    }

    /** The suggestion of the example shown while it has no label (the chip on the image). */
    public ReadOnlyObjectProperty<Optional<Suggestion>> shownSuggestionProperty() {
        return suggestions.shownProperty();
    }

    /** Whether the screen walks the suggestion queue instead of every image. */
    public BooleanProperty queueProperty() {
        return suggestions.activeProperty();
    }

    public ObjectProperty<SuggestionOrder> queueOrderProperty() {
        return suggestions.orderProperty();
    }

    /** Shift+Enter accepts the queue's suggestions at or above this probability. */
    public DoubleProperty acceptThresholdProperty() {
        return suggestions.thresholdProperty();
    }

    /** Suggestions in the queue whose example is still unlabelled. */
    public ReadOnlyIntegerProperty suggestionsLeftProperty() {
        return suggestions.leftProperty();
    }

    /** Suggestions read with the images (0: nothing to queue). */
    public ReadOnlyIntegerProperty suggestionsStoredProperty() {
        return suggestions.storedProperty();
    }

    public ReadOnlyBooleanProperty suggestingProperty() {
        return round.runningProperty();
    }

    public ReadOnlyDoubleProperty suggestProgressProperty() {
        return round.progressProperty();
    }

    public ReadOnlyStringProperty suggestMessageProperty() {
        return round.messageProperty();
    }
}
