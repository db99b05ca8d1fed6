package org.whiskerstudio.ui.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.Schedule;
import org.whiskerstudio.training.TrainingConfig;

/**
 * The run settings as the person types them: numbers are text so a half-typed value is a problem to show, not a
 * crash. Every change re-checks the whole form; {@link #configProperty()} is present only when it has no problems.
 * Shift and brightness are typed in percent. Changing the optimizer sets its usual learning rate unless the rate
 * was edited away from the previous optimizer's.
 */
public final class TrainingForm {
    private final StringProperty epochs = new SimpleStringProperty();
    private final StringProperty batchSize = new SimpleStringProperty();
    private final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>(Optimizer.ADAM);
    private final StringProperty learningRate = new SimpleStringProperty();
    private final ObjectProperty<Schedule> schedule = new SimpleObjectProperty<>(Schedule.CONSTANT);
    private final StringProperty weightDecay = new SimpleStringProperty();
    private final StringProperty seed = new SimpleStringProperty();
    private final StringProperty patience = new SimpleStringProperty();
    private final StringProperty threads = new SimpleStringProperty();
    private final ObjectProperty<ResizeMode> resize = new SimpleObjectProperty<>(ResizeMode.STRETCH);
    private final BooleanProperty flip = new SimpleBooleanProperty();
    private final StringProperty rotation = new SimpleStringProperty();
    private final StringProperty shiftPercent = new SimpleStringProperty();
    private final StringProperty brightnessPercent = new SimpleStringProperty();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    // One read-only view, kept: the wrapper listens to the list weakly, so a fresh one per call would lose listeners.
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyObjectWrapper<Optional<TrainingConfig>> config = new ReadOnlyObjectWrapper<>(Optional.empty());
    private boolean loading;

    public TrainingForm() {
        load(TrainingConfig.defaults());
        for (Observable o : List.of(epochs, batchSize, optimizer, learningRate, schedule, weightDecay, seed, patience,
                threads, resize, flip, rotation, shiftPercent, brightnessPercent)) {
            o.addListener(x -> check());
        }
        optimizer.addListener((o, before, now) -> {
            if (before != null && now != null && parses(learningRate.get(), before.defaultLearningRate())) {
                learningRate.set(plain(now.defaultLearningRate()));
            }
        });
    }

    /** Fills the form from a configuration (the defaults, or a past run's to repeat it). */
    public void load(TrainingConfig c) {
        loading = true;
        try {
            epochs.set(Integer.toString(c.epochs()));
            batchSize.set(Integer.toString(c.batchSize()));
            optimizer.set(c.optimizer());
            learningRate.set(plain(c.learningRate()));
            schedule.set(c.schedule());
            weightDecay.set(plain(c.weightDecay()));
            seed.set(Long.toString(c.seed()));
            patience.set(Integer.toString(c.patience()));
            threads.set(Integer.toString(c.threads()));
            resize.set(c.resize());
            Augmentation a = c.augmentation();
            flip.set(a.flipHorizontal());
            rotation.set(plain(a.maxRotationDegrees()));
            shiftPercent.set(plain(a.maxShift() * 100));
            brightnessPercent.set(plain(a.maxBrightness() * 100));
        } finally {
            loading = false;
        }
        check();
    }

    private void check() {
        if (loading) {
            return;
        }
        List<String> found = new ArrayList<>();
        Parser p = new Parser(found);
        int e = p.whole("Epochs", epochs.get());
        int b = p.whole("Batch size", batchSize.get());
        double lr = p.number("Learning rate", learningRate.get());
        double wd = p.number("Weight decay", weightDecay.get());
        long s = p.seed(seed.get());
        int pat = p.whole("Early-stopping patience", patience.get());
        int th = p.whole("Threads", threads.get());
        double rot = p.range("Rotation", rotation.get(), 45, "degrees");
        double shift = p.range("Shift", shiftPercent.get(), 50, "%");
        double bright = p.range("Brightness change", brightnessPercent.get(), 50, "%");
        Optional<TrainingConfig> built = Optional.empty();
        if (found.isEmpty()) {
            TrainingConfig c = new TrainingConfig(e, b, optimizer.get(), lr, schedule.get(), wd, s, pat, th, resize.get(),
                    new Augmentation(flip.get(), rot, shift / 100, bright / 100));
            found.addAll(c.problems());
            built = found.isEmpty() ? Optional.of(c) : Optional.empty();
        }
        problems.setAll(found);
        config.set(built);
    }

    /** Reads the text fields, collecting one sentence per field that is not a usable number. */
    private record Parser(List<String> problems) {
        int whole(String name, String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException | NullPointerException ex) {
                problems.add(name + " must be a whole number (is \"" + text + "\").");
                return 0;
            }
        }

        long seed(String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException | NullPointerException ex) {
                problems.add("Seed must be a whole number (is \"" + text + "\").");
                return 0;
            }
        }

        double number(String name, String text) {
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException | NullPointerException ex) {
                problems.add(name + " must be a number (is \"" + text + "\").");
                return Double.NaN;
            }
        }

        double range(String name, String text, double max, String unit) {
            double v = number(name, text);
            if (!Double.isNaN(v) && !(v >= 0 && v <= max)) {
                problems.add(name + " must be 0 (off) to " + plain(max) + " " + unit + " (is " + text.strip() + ").");
            }
            return Double.isNaN(v) ? 0 : Math.max(0, Math.min(max, v));
        }
    }

    private static boolean parses(String text, double value) {
        try {
            return Double.parseDouble(text.strip()) == value;
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }

    /** 0.001 rather than 1.0E-3: what a person would type. */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        String s = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    public Optional<TrainingConfig> config() {
        return config.get();
    }

    public ReadOnlyObjectProperty<Optional<TrainingConfig>> configProperty() {
        return config.getReadOnlyProperty();
    }

    /** What is wrong, one sentence each; empty when a run can start with these settings. */
    public ObservableList<String> problems() {
        return problemsView;
    }

    public StringProperty epochs() {
        return epochs;
    }

    public StringProperty batchSize() {
        return batchSize;
    }

    public ObjectProperty<Optimizer> optimizer() {
        return optimizer;
    }

    public StringProperty learningRate() {
        return learningRate;
    }

    public ObjectProperty<Schedule> schedule() {
        return schedule;
    }

    public StringProperty weightDecay() {
        return weightDecay;
    }

    public StringProperty seed() {
        return seed;
    }

    public StringProperty patience() {
        return patience;
    }

    public StringProperty threads() {
        return threads;
    }

    public ObjectProperty<ResizeMode> resize() {
        return resize;
    }

    public BooleanProperty flip() {
        return flip;
    }

    public StringProperty rotation() {
        return rotation;
    }

    public StringProperty shiftPercent() {
        return shiftPercent;
    }

    public StringProperty brightnessPercent() {
        return brightnessPercent;
    }
}
