package org.whiskerstudio.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The guided tour of the pipeline for a newcomer: one short step per stage of the rail, Data to Deploy. It can be
 * skipped at any step; finishing or skipping it is remembered (so it is not offered again at start-up), and
 * Help > Take the tour shows it again on request.
 */
public final class TourViewModel {
    /** One stop of the tour: the stage of the rail it points at, and what to say about it. */
    public record Step(PipelineStage stage, String title, String text) {
    }

    static final List<Step> STEPS = List.of(
            new Step(PipelineStage.DATA, "1. Data",
                    "Start here: create a project, then drop photos or folders on the window. A folder per class "
                            + "(cats/, dogs/) labels them as they come in."),
            new Step(PipelineStage.LABEL, "2. Label",
                    "Tag each image with a class (keys 1-9), or draw boxes and polygons. Everything is saved as you go."),
            new Step(PipelineStage.ARCHITECTURE, "3. Architecture",
                    "Pick a network from a template (an MLP, LeNet, a small VGG ...) or build one block by block; "
                            + "shapes and sizes are checked as you edit."),
            new Step(PipelineStage.TRAIN, "4. Train",
                    "Train the architecture on your labelled images and watch loss and accuracy live. Pause, stop "
                            + "and resume whenever you like."),
            new Step(PipelineStage.EVALUATE, "5. Evaluate",
                    "See where the model is right and wrong: confusion matrix, per-class scores, the images it missed."),
            new Step(PipelineStage.DEPLOY, "6. Deploy",
                    "Export the trained model and use it for predictions. Tip: the Cats sample on the welcome screen "
                            + "is a ready-made project to try all this on."));

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper();
    private final Runnable remember;

    /** @param remember called when the tour is finished or skipped (stores that it was seen) */
    public TourViewModel(Runnable remember) {
        this.remember = remember;
    }

    public List<Step> steps() {
        return STEPS;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The step shown now; empty when the tour is not running. */
    public Optional<Step> current() {
        return active.get() ? Optional.of(STEPS.get(index.get())) : Optional.empty();
    }

    public boolean isLast() {
        return index.get() == STEPS.size() - 1;
    }

    /** Starts (or restarts) the tour at its first step. */
    public void start() {
        index.set(0);
        active.set(true);
    }

    /** Goes to the next step; after the last one the tour is finished. */
    public void next() {
        if (!active.get()) {
            return;
        }
        if (isLast()) {
            end();
        } else {
            index.set(index.get() + 1);
        }
    }

    public void back() {
        if (active.get() && index.get() > 0) {
            index.set(index.get() - 1);
        }
    }

    /** Closes the tour at any step (Skip, Esc); it is not offered again. */
    public void skip() {
        if (active.get()) {
            end();
        }
    }

    private void end() {
        active.set(false);
        remember.run();
    }
}
