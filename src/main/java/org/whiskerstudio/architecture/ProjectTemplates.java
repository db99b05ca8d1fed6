package org.whiskerstudio.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.whiskerstudio.project.sequences.MediaKind;

/**
 * The templates adapted to a project's {@link DataProfile}, shared by the layer editor and {@code whisker train
 * --template}: its number of classes, its image input, its sequence inputs and its character vocabulary.
 */
public final class ProjectTemplates {
    private final DataProfile profile;
    private final DetectorBoxes boxes;

    /**
     * A template: a short id for the command line ("lenet"), a title for menus, what it learns from (the chooser's
     * first question), and how to build it.
     */
    public record Template(String id, String title, LearningCriterion criterion, Supplier<Architecture> build) {
        Template(String id, String title, Supplier<Architecture> build) {
            this(id, title, LearningCriterion.SUPERVISED, build);
        }
    }

    public ProjectTemplates(DataProfile profile) {
        this(profile, DetectorBoxes.NONE);
    }

    /** With the project's boxes, which the detector's classes and anchors are fitted to when it is built. */
    public ProjectTemplates(DataProfile profile, DetectorBoxes boxes) {
        this.profile = profile;
        this.boxes = boxes;
    }

    /**
     * The templates that fit the project's data: image networks (MLP, CNNs, a detector, DCGAN) where there are
     * images, the LSTM classifier always (fitted to the majority kind), the word LSTM for texts, the character LSTM
     * where there are texts, autoencoders for images and series, and the two agents always (they need no data). An
     * empty project is offered all of them.
     */
    public List<Template> all() {
        SequenceInputs sequences = profile.sequences();
        TensorShape.Image image = profile.imageInput();
        boolean images = profile.kinds().isEmpty() || profile.kinds().contains(MediaKind.IMAGE);
        boolean texts = profile.kinds().isEmpty() || profile.kinds().contains(MediaKind.TEXT);
        List<Template> all = new ArrayList<>();
        if (images) {
            all.add(new Template("mlp", "MLP baseline", () -> single("MLP", Templates.mlp(image, classesOrTwo()))));
            all.add(new Template("lenet", "LeNet-style CNN",
                    () -> single("LeNet", Templates.lenet(image, classesOrTwo()))));
            all.add(new Template("vgg", "Small VGG-style CNN (BatchNorm, Dropout)",
                    () -> single("VGG small", Templates.vggSmall(image, classesOrTwo()))));
            all.add(new Template("yolo", "YOLO-style detector: boxes around objects (" + DetectorTemplates.INPUT
                    + " px letterboxed, " + DetectorTemplates.grid() + " x " + DetectorTemplates.grid() + " grid)",
                    () -> single("YOLO small", DetectorTemplates.yolo(image.channels(), detectorClasses(),
                            boxes.anchors(DetectorTemplates.INPUT, DetectorTemplates.grid())))));
        }
        all.add(lstm(sequences));
        if (sequences.kind() == MediaKind.TEXT) {
            all.add(lstmWords(sequences));
        }
        if (images) {
            all.add(new Template("dcgan", "DCGAN (generator + discriminator)", LearningCriterion.UNSUPERVISED,
                    () -> Templates.dcgan(image, 100)));
            all.add(new Template("conv-ae", "Convolutional autoencoder: anomaly scores for images",
                    LearningCriterion.UNSUPERVISED, () -> single("Conv autoencoder",
                    AutoencoderTemplates.conv(image))));
            all.add(new Template("dense-ae", "Dense autoencoder for images", LearningCriterion.UNSUPERVISED,
                    () -> single("Dense autoencoder", AutoencoderTemplates.dense(image))));
            all.add(new Template("vae", "Variational autoencoder for images: anomaly scores by code distance",
                    LearningCriterion.UNSUPERVISED, () -> single("Variational autoencoder",
                    AutoencoderTemplates.variational(image))));
        }
        if (sequences.kind() == MediaKind.SERIES) {
            TensorShape.Sequence series = sequences.input();
            all.add(new Template("series-ae", "Series autoencoder (" + series.steps() + " steps x " + series.features()
                    + " features): anomaly scores", LearningCriterion.UNSUPERVISED,
                    () -> single("Series autoencoder", AutoencoderTemplates.dense(series))));
        }
        if (texts) {
            all.add(new Template("charlstm", "Character LSTM: writes text like the project's texts",
                    LearningCriterion.UNSUPERVISED, () -> {
                TensorShape.Sequence characters = profile.characters();
                return single("Char LSTM", Templates.charLstm(characters.features(), characters.steps()));
            }));
        }
        all.add(new Template("dqn-cartpole", "DQN cart-pole: balances a pole on a cart (4 numbers in, 64, 64, "
                + "2 actions)", LearningCriterion.REINFORCEMENT, () -> single("Cart-pole DQN",
                AgentTemplates.cartPole())));
        all.add(new Template("tictactoe", "Noughts & crosses: learns by tabular Q-learning (never loses to a perfect "
                + "player), or DQN on this 9, 64, 64, 9 network", LearningCriterion.REINFORCEMENT,
                () -> single("Noughts & crosses", AgentTemplates.noughtsAndCrosses())));
        return List.copyOf(all);
    }

    /** The LSTM classifier fitted to the project's data (see {@link SequenceInputs}). */
    private Template lstm(SequenceInputs sequences) {
        TensorShape.Sequence input = sequences.input();
        String what = switch (sequences.kind()) {
            case IMAGE -> "image rows: " + input.steps() + " steps x " + input.features() + " features";
            case SERIES -> input.steps() + " steps x " + input.features() + " features";
            case TEXT -> "characters: the last " + input.steps() + " of each text, " + input.features() + " symbols";
        };
        return new Template("lstm", "LSTM sequence classifier (" + what + ")",
                () -> single("LSTM", Templates.lstmClassifier(input, classesOrTwo())));
    }

    /** For texts: the LSTM on words (hashed buckets) instead of characters; longer texts fit in fewer steps. */
    private Template lstmWords(SequenceInputs sequences) {
        TensorShape.Sequence input = sequences.words();
        return new Template("lstm-words", "LSTM text classifier on words (the last " + input.steps() + " words, "
                + input.features() + " hashed word buckets)",
                () -> single("LSTM on words", Templates.lstmClassifier(input, classesOrTwo())));
    }

    /** The templates that learn from {@code criterion}. */
    public List<Template> learning(LearningCriterion criterion) {
        return all().stream().filter(t -> t.criterion() == criterion).toList();
    }

    /** The template with this id (case-insensitive). */
    public Optional<Template> byId(String id) {
        return all().stream().filter(t -> t.id().equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    private static Architecture single(String name, LayerGraph graph) {
        return new Architecture(name, graph, Optional.empty());
    }

    /** The classes that have boxes; before any has, the project's classes (at least one). */
    private int detectorClasses() {
        return boxes.classes() > 0 ? boxes.classes() : Math.max(1, profile.classes());
    }

    private int classesOrTwo() {
        return Math.max(2, profile.classes());
    }
}
