package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.dataset.text.CharData;
import org.whiskerstudio.detection.DetectionData;
import org.whiskerstudio.detection.DetectionLabels;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.SequenceUnreadable;
import org.whiskerstudio.training.GanSettings;
import org.whiskerstudio.training.TrainingConfig;

/** The data side of training, plugged into {@link Dl4jTrainingService}: a project's labelled data as batches. */
public interface TrainingDataSource {
    /** The classes the data will have (cheap: read from the project, nothing is prepared). */
    List<String> classes();

    /** Warnings about the data for this architecture ("Class Bag has only 3 training images"); empty when fine. */
    List<String> warnings(Architecture architecture);

    /**
     * Builds the data for a run on the training thread (tensor cache, normalisation fitted on the training part).
     *
     * @throws IllegalArgumentException when the project's data cannot train this architecture, saying why
     * @throws java.util.concurrent.CancellationException when {@code cancellation} was cancelled
     */
    TrainingTensors prepare(Architecture architecture, TrainingConfig config, Progress progress, Cancellation cancellation);

    /**
     * The same with a run's recorded preprocessing (a resumed run keeps its input). A source that derives nothing
     * from the project's data, like a test's toy data, prepares as usual.
     */
    default TrainingTensors prepare(Architecture architecture, TrainingConfig config,
                                 Preprocessing preprocessing, Progress progress,
                                 Cancellation cancellation) {
        return prepare(architecture, config, progress, cancellation);
    }

    /**
     * The same with a standardisation kept instead of fitted on the training part: a start model's (its layers learned
     * behind it) or a resumed run's. A source that derives nothing from the project's data prepares as usual.
     */
    default TrainingTensors prepare(Architecture architecture, TrainingConfig config, Preprocessing preprocessing,
                                 Normalisation kept, Progress progress, Cancellation cancellation) {
        return prepare(architecture, config, preprocessing, progress, cancellation);
    }

    /** The names of a series project's features (its columns), for the Train screen; empty for other data. */
    default List<String> seriesFeatures() {
        return List.of();
    }

    /** How this source turns examples into inputs for {@code architecture} when no run has recorded it. */
    default Preprocessing preprocessingFor(Architecture architecture, TrainingConfig config) {
        return Layout.preprocessing(ProjectDataSource.inputOf(architecture), config.resize(), mediaKind());
    }

    /**
     * Builds the real images a GAN's discriminator learns from (the training part, of one class or all), scaled to
     * the generator's [-1, 1].
     *
     * @throws IllegalArgumentException when this source cannot feed a GAN, or the class has too few images
     */
    default TrainingTensors prepareGan(Architecture gan, GanSettings settings, TrainingConfig config, Progress progress,
                                    Cancellation cancellation) {
        throw new IllegalArgumentException("This data source has no images for a GAN.");
    }

    /**
     * The project's texts ready for a next-character model with windows of {@code steps} characters.
     *
     * @throws IllegalArgumentException when there is no text, or too little, saying so
     * @throws SequenceUnreadable       naming a stored text that cannot be read
     */
    default CharData characters(int steps) throws SequenceUnreadable {
        throw new IllegalArgumentException("This data source has no texts to train a character model on.");
    }

    /** The project's boxes as a detector reads them (cheap: no image is decoded). */
    default DetectionLabels detectionLabels() {
        throw new IllegalArgumentException("This data source has no boxes to train a detector on.");
    }

    /**
     * The boxed images letterboxed to a detector's square input of {@code size} pixels and {@code channels}.
     *
     * @throws IllegalArgumentException when there are no boxes
     * @throws java.util.concurrent.CancellationException when {@code cancellation} was cancelled
     */
    default DetectionData detection(int size, int channels, Progress progress, Cancellation cancellation) {
        throw new IllegalArgumentException("This data source has no boxes to train a detector on.");
    }

    /**
     * The same data with the examples that have no single class included (no class index: an all-zero label): what
     * an autoencoder learning the whole project trains on. A source with labelled examples only answers itself.
     */
    default TrainingDataSource withUnlabelled() {
        return this;
    }

    /** What kind of examples this source mostly holds (images unless it says otherwise). */
    default MediaKind mediaKind() {
        return MediaKind.IMAGE;
    }

    /** Writes which examples went to which part (CSV), so a run records its split; nothing when unknown. */
    default void writeSplit(Path file) throws IOException {
    }

    /** How the last {@link #prepare} turned examples into inputs, for the run to record; empty when unknown. */
    default Optional<Preprocessing> preprocessing() {
        return Optional.empty();
    }

    /** One line for the run's provenance; a real source says more (per part and class). */
    default String splitSummary(TrainingTensors data) {
        return data.trainExamples() + " training examples; validation part: "
                + (data.validation().isPresent() ? "yes" : "none") + "; test part: "
                + (data.test().isPresent() ? "yes" : "none") + "; classes: " + String.join(", ", data.classes());
    }
}
