package org.whiskerstudio.ui.training;

import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.WeightSource;

/**
 * The Train screen's "Start from" choice: new weights, a run of this project (one with a saved model), or another
 * project's run or a model bundle, written as {@code whisker train --from} takes it (PROJECT:RUN or FILE.zip); and the
 * first epochs in which the layers below the output keep the model's weights.
 */
public final class StartChoice {
    /** The three kinds of start. */
    public enum Mode {
        NEW("New weights"), THIS_PROJECT("A run of this project"), OTHER("Another project's run or a bundle...");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.NEW);
    private final ObjectProperty<TrainingRun> run = new SimpleObjectProperty<>();
    private final StringProperty other = new SimpleStringProperty("");
    private final IntegerProperty freezeEpochs = new SimpleIntegerProperty(0);
    private final FilteredList<TrainingRun> runs;

    /** @param history the project's runs; those of classifiers with a saved model can be started from */
    StartChoice(ObservableList<TrainingRun> history) {
        this.runs = new FilteredList<>(history, r -> r.kind() == ModelKind.CLASSIFIER && r.epochsDone() > 0);
        mode.addListener((o, was, now) -> {
            if (now == Mode.NEW) {
                freezeEpochs.set(0);
            }
        });
    }

    public ObjectProperty<Mode> mode() {
        return mode;
    }

    /** The run of this project chosen (for {@link Mode#THIS_PROJECT}); null while none is. */
    public ObjectProperty<TrainingRun> run() {
        return run;
    }

    /** PROJECT:RUN or a bundle file (for {@link Mode#OTHER}). */
    public StringProperty other() {
        return other;
    }

    public IntegerProperty freezeEpochs() {
        return freezeEpochs;
    }

    /** This project's runs a new run can start from. */
    public ObservableList<TrainingRun> runs() {
        return runs;
    }

    /** Back to new weights (another project was opened). */
    void reset() {
        mode.set(Mode.NEW);
        run.set(null);
        other.set("");
        freezeEpochs.set(0);
    }

    /** A bundle file chosen in a file dialog. */
    public void chooseBundle(String file) {
        mode.set(Mode.OTHER);
        other.set(file);
    }

    /** A project folder chosen in a folder dialog: its run number is still to be typed after the colon. */
    public void chooseProject(String folder) {
        mode.set(Mode.OTHER);
        other.set(folder + ":");
    }

    /** What the run starts from; empty while the choice is incomplete or unreadable ({@link #problems} says why). */
    public Optional<WeightSource> source() {
        return switch (mode.get()) {
            case NEW -> Optional.of(WeightSource.NEW);
            case THIS_PROJECT -> Optional.ofNullable(run.get())
                    .map(r -> new WeightSource.ProjectRun(Optional.empty(), r.id()));
            case OTHER -> parse(other.get());
        };
    }

    private static Optional<WeightSource> parse(String text) {
        try {
            return Optional.of(WeightSource.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What keeps Start disabled, one sentence each. */
    public List<String> problems() {
        if (source().isPresent()) {
            return List.of();
        }
        if (mode.get() == Mode.THIS_PROJECT) {
            return List.of("Choose the run to start from (one with at least one finished epoch).");
        }
        return List.of("Say which model to start from: PROJECT-FOLDER:RUN or a .whisker-model.zip bundle.");
    }

    /** What the problems depend on, for a screen that lists them. */
    public Observable[] dependencies() {
        return new Observable[] {mode, run, other, Bindings.size(runs)};
    }
}
