package org.whiskerstudio.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.training.GanSettings;
import org.whiskerstudio.training.NormalClass;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.Schedule;
import org.whiskerstudio.training.TrainingConfig;

/**
 * The GAN settings of the Train screen, shown when the chosen architecture is a GAN: which images to learn (all, or
 * one class) and how often to draw samples. Epochs, batch size, learning rate and seed come from the
 * {@link TrainingForm}; on entering GAN mode an untouched Adam learning rate becomes DCGAN's usual 0.0002. An
 * autoencoder uses the same class choice for what it learns as normal (its other settings are a classifier's). A
 * detector always letterboxes its input (its boxes must keep their shape), so choosing one shows Letterbox as the
 * resize, and leaving it gives back the resize chosen before. A detector learns over many short epochs, and its
 * validation loss first rises while the no-object loss settles, so choosing one also turns untouched epochs and
 * patience (a classifier's 5 and 3) into {@value #DETECTOR_EPOCHS} epochs without early stopping, and an untouched
 * augmentation and schedule into the flip, a {@value #DETECTOR_SHIFT}% shift and a cosine decay, without which the
 * bench's detector overfitted within 15 epochs (mAP@0.5 0.58 against 0.71 in 30 minutes); leaving it gives them back.
 */
public final class GanForm {
    /** The class choice that means every labelled image. */
    public static final String ALL_IMAGES = "All labelled images";
    static final String GAN_LEARNING_RATE = "0.0002";
    static final int DETECTOR_EPOCHS = 100;
    static final String DETECTOR_SHIFT = "10";
    private static final String NO_EARLY_STOP = "0";
    private final TrainingForm form;
    private final ReadOnlyBooleanWrapper gan = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper autoencoder = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper detector = new ReadOnlyBooleanWrapper();
    private ResizeMode resizeBeforeDetector = ResizeMode.LETTERBOX;
    private boolean flipSetForDetector;
    private boolean cosineSetForDetector;
    private final ObservableList<String> classes = FXCollections.observableArrayList(ALL_IMAGES);
    private final ObservableList<String> classesView = FXCollections.unmodifiableObservableList(classes);
    private final StringProperty learnedClass = new SimpleStringProperty(ALL_IMAGES);
    private final StringProperty sampleEvery = new SimpleStringProperty(Integer.toString(GanSettings.DEFAULT_SAMPLE_EVERY));
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private String classifierRate = "";

    GanForm(TrainingForm form) {
        this.form = form;
        sampleEvery.addListener(o -> check());
        learnedClass.addListener(o -> check());
    }

    /** The chosen architecture is of this kind, and the project's classes are these. */
    void setArchitecture(ModelKind kind, List<String> classNames) {
        boolean isGan = kind == ModelKind.GAN;
        autoencoder.set(kind == ModelKind.AUTOENCODER);
        String kept = chosenClass();
        List<String> all = new ArrayList<>(List.of(ALL_IMAGES));
        all.addAll(classNames);
        classes.setAll(all);
        learnedClass.set(classes.contains(kept) ? kept : ALL_IMAGES);
        if (isGan && !gan.get() && form.learningRate().get().equals(TrainingForm.plain(
                Optimizer.ADAM.defaultLearningRate()))) {
            classifierRate = form.learningRate().get();
            form.learningRate().set(GAN_LEARNING_RATE);
        } else if (!isGan && gan.get() && form.learningRate().get().equals(GAN_LEARNING_RATE) && !classifierRate.isEmpty()) {
            form.learningRate().set(classifierRate);
        }
        gan.set(isGan);
        letterboxWhileDetector(kind == ModelKind.DETECTOR);
        check();
    }

    private void letterboxWhileDetector(boolean isDetector) {
        if (isDetector && !detector.get()) {
            resizeBeforeDetector = form.resize().get();
            form.resize().set(ResizeMode.LETTERBOX);
            swap(form.epochs(), Integer.toString(TrainingConfig.defaults().epochs()), Integer.toString(DETECTOR_EPOCHS));
            swap(form.patience(), Integer.toString(TrainingConfig.defaults().patience()), NO_EARLY_STOP);
            swap(form.shiftPercent(), "0", DETECTOR_SHIFT);
            if (!form.flip().get()) {
                flipSetForDetector = true;
                form.flip().set(true);
            }
            if (form.schedule().get() == Schedule.CONSTANT) {
                form.schedule().set(Schedule.COSINE);
                cosineSetForDetector = true;
            }
        } else if (!isDetector && detector.get()) {
            if (form.resize().get() == ResizeMode.LETTERBOX) {
                form.resize().set(resizeBeforeDetector);
            }
            swap(form.epochs(), Integer.toString(DETECTOR_EPOCHS), Integer.toString(TrainingConfig.defaults().epochs()));
            swap(form.patience(), NO_EARLY_STOP, Integer.toString(TrainingConfig.defaults().patience()));
            swap(form.shiftPercent(), DETECTOR_SHIFT, "0");
            if (flipSetForDetector && form.flip().get()) {
                form.flip().set(false);
            }
            if (cosineSetForDetector && form.schedule().get() == Schedule.COSINE) {
                form.schedule().set(Schedule.CONSTANT);
            }
            flipSetForDetector = false;
            cosineSetForDetector = false;
        }
        detector.set(isDetector);
    }

    /** Sets {@code to} only where the field still holds {@code from} (a value the person chose stays). */
    private static void swap(StringProperty field, String from, String to) {
        if (from.equals(field.get())) {
            field.set(to);
        }
    }

    private String chosenClass() {
        String c = learnedClass.get();
        return c == null ? ALL_IMAGES : c;
    }

    private void check() {
        List<String> found = new ArrayList<>();
        settings(found);
        problems.setAll(gan.get() ? found : List.of());
    }

    private Optional<GanSettings> settings(List<String> found) {
        int every;
        try {
            every = Integer.parseInt(sampleEvery.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            found.add("Samples every must be a whole number of steps (is \"" + sampleEvery.get() + "\").");
            return Optional.empty();
        }
        GanSettings s = new GanSettings(ALL_IMAGES.equals(chosenClass()) ? "" : chosenClass(), every,
                GanSettings.DEFAULT_SAMPLES);
        found.addAll(s.problems());
        return found.isEmpty() ? Optional.of(s) : Optional.empty();
    }

    /** The settings when the form is valid. */
    public Optional<GanSettings> settings() {
        return settings(new ArrayList<>());
    }

    /** The class a GAN learns in words, for the status and the generate panel ("Sneaker", "all labelled images"). */
    public String learnedClassLabel() {
        return ALL_IMAGES.equals(chosenClass()) ? "all labelled images" : chosenClass();
    }

    /** What an autoencoder learns as normal: the chosen class, or every labelled example. */
    public NormalClass normalClass() {
        return new NormalClass(ALL_IMAGES.equals(chosenClass()) ? "" : chosenClass());
    }

    /** Whether the chosen architecture is an autoencoder (the class choice then names the normal class). */
    public ReadOnlyBooleanProperty autoencoderProperty() {
        return autoencoder.getReadOnlyProperty();
    }

    /**
     * Whether a run of the chosen architecture may start from another model's weights: a classifier's (and a
     * character model's) may; a GAN, an autoencoder or a detector always starts from new weights.
     */
    public boolean startsFromModels() {
        return !gan.get() && !autoencoder.get() && !detector.get();
    }

    /** Whether the chosen architecture is a detector (letterboxed, measured by mAP rather than accuracy). */
    public ReadOnlyBooleanProperty detectorProperty() {
        return detector.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ganProperty() {
        return gan.getReadOnlyProperty();
    }

    /** "All labelled images" then the project's classes. */
    public ObservableList<String> classes() {
        return classesView;
    }

    public StringProperty learnedClassProperty() {
        return learnedClass;
    }

    public StringProperty sampleEveryProperty() {
        return sampleEvery;
    }

    /** What blocks Start in GAN mode; empty otherwise. */
    public ObservableList<String> problems() {
        return problemsView;
    }
}
