package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.api.Model;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.Detector;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.ModelZips;
import org.whiskerstudio.dataset.ArrayExamples;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.BatchAssembler;
import org.whiskerstudio.dataset.ClassificationData;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ProjectMedia;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.dataset.TensorRecords;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.CharacterRunNote;
import org.whiskerstudio.training.CheckpointState;
import org.whiskerstudio.training.NotAClassifier;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStore;

/**
 * A trained model with what it takes to feed it as training did: its classes in label order, the input's
 * preprocessing and layout, and the normalisation fitted on the training part. Shared by evaluation, prediction and
 * model bundles. Predictions are serialised (DL4J networks are not safe for concurrent use).
 */
public final class TrainedModel {
    private final Network net;
    /** What {@link #output} runs: a detector's chain with its batch normalisations folded, else {@link #net}. */
    private final Network inference;
    private final Architecture architecture;
    private final List<String> classes;
    private final Preprocessing preprocessing;
    private final Layout layout;
    private final Normalisation normalisation;

    private TrainedModel(Network net, Architecture architecture, List<String> classes, Preprocessing preprocessing,
                         Normalisation normalisation) {
        TensorShape input = ProjectDataSource.inputOf(architecture);
        if (!preprocessing.equals(Layout.preprocessing(input, preprocessing.resize(), preprocessing.encoding().kind()))) {
            throw new IllegalArgumentException("the preprocessing " + preprocessing.key() + " does not fit the input "
                    + input.label());
        }
        this.net = net;
        this.inference = forInference(architecture, net);
        this.architecture = architecture;
        this.classes = List.copyOf(classes);
        this.preprocessing = preprocessing;
        this.layout = Layout.of(input);
        this.normalisation = normalisation;
        if (normalisation.channels() != preprocessing.channels()) {
            throw new IllegalArgumentException("the normalisation has " + normalisation.channels()
                    + " channels but the input " + preprocessing.channels());
        }
    }

    /**
     * A detector's chain with each convolution, batch normalisation and activation folded into one convolution
     * ({@link FoldedBatchNorm}): one image's forward pass is most of its detection time, and ten of its 21 layers
     * only rescale and activate. Other models run as trained.
     */
    private static Network forInference(Architecture architecture, Network net) {
        if (!Detector.ends(architecture.network()) || !(net instanceof Network.Chain chain)) {
            return net;
        }
        return FoldedBatchNorm.of(architecture.network(), chain.net()).<Network>map(Network.Chain::new).orElse(net);
    }

    /**
     * A run's best model by validation loss, else its last checkpoint.
     *
     * @throws NotAClassifier for a next-character run, saying where its text is instead
     */
    public static TrainedModel ofRun(ProjectStore store, long runId) throws IOException {
        return ofRun(store, new RunStore(store).open(runId));
    }

    /** The same for a run already opened: its network is restored here, once. */
    public static TrainedModel ofRun(ProjectStore store, OpenedRun run) throws IOException {
        Architecture architecture = run.architecture();
        if (CharacterRunNote.isCharacterRun(run.run())) {
            throw new NotAClassifier(CharacterRunNote.sentence(run.run()));
        }
        RunFolder folder = run.folder();
        Normalisation normalisation = folder.readNormalisation()
                .orElseThrow(() -> new IOException("Run " + run.id() + " has no normalisation.json."));
        return load(modelFile(folder), architecture, classesOf(run), inputOf(store, run), normalisation);
    }

    /** The classes a run recorded, in output order. */
    public static List<String> classesOf(OpenedRun run) throws IOException {
        return run.folder().readClasses()
                .orElseThrow(() -> new IOException("Run " + run.id() + " did not record its classes; train it again."));
    }

    /**
     * What the run recorded as its input; a run from before that derives it as training then did, from the
     * architecture's input and the project's media kind (right as long as no other kind of data was imported since).
     */
    public static Preprocessing inputOf(ProjectStore store, OpenedRun run) throws IOException {
        return run.recordedPreprocessing().isPresent() ? run.recordedPreprocessing().get()
                : Layout.preprocessing(inputOf(run.architecture()), run.config().resize(), ProjectMedia.kind(store));
    }

    private static TensorShape inputOf(Architecture architecture) throws IOException {
        try {
            return ProjectDataSource.inputOf(architecture);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A model zip (checked by {@link ModelZips} before DL4J reads it) with its description. */
    public static TrainedModel load(Path zip, Architecture architecture, List<String> classes, ResizeMode resize,
                                    Normalisation normalisation) throws IOException {
        return load(zip, architecture, classes, Layout.preprocessing(inputOf(architecture), resize), normalisation);
    }

    /** The same with the preprocessing a run or card recorded (it must fit the architecture's input). */
    public static TrainedModel load(Path zip, Architecture architecture, List<String> classes,
                                    Preprocessing preprocessing, Normalisation normalisation) throws IOException {
        return new TrainedModel(Network.restore(architecture.network(), zip), architecture, classes, preprocessing,
                normalisation);
    }

    /** best.zip, else the newest checkpoint. */
    public static Path modelFile(RunFolder folder) throws IOException {
        if (Files.isRegularFile(folder.best())) {
            return folder.best();
        }
        Optional<CheckpointState> state = folder.readCheckpointState();
        if (state.isEmpty()) {
            throw new IOException("the run has no saved model yet (no epoch finished)");
        }
        return folder.checkpoint(state.get());
    }

    public Architecture architecture() {
        return architecture;
    }

    public List<String> classes() {
        return classes;
    }

    public Preprocessing preprocessing() {
        return preprocessing;
    }

    public Layout layout() {
        return layout;
    }

    public Normalisation normalisation() {
        return normalisation;
    }

    /** Decodes and resizes an image file as training did (uint8 CHW), or reads a series or text as its record. */
    public byte[] pixels(Path image) throws ImageUnreadable {
        return new TensorRecords(preprocessing).load(image);
    }

    /** Class probabilities, one row per example record ({@link TensorRecords}; an image's uint8 CHW pixels). */
    public float[][] predictPixels(List<byte[]> images) {
        if (images.isEmpty()) {
            return new float[0][];
        }
        return probabilities(output(encode(images)), images.size());
    }

    /**
     * The network's inference-mode output, one flat row per example record in C order (a detector's
     * [anchors * (5 + classes), grid, grid] maps as {@code detection.YoloDecoder} reads them).
     */
    public float[][] outputRows(List<byte[]> records) {
        if (records.isEmpty()) {
            return new float[0][];
        }
        INDArray out = output(encode(records));
        return probabilities(out.reshape('c', records.size(), out.length() / records.size()), records.size());
    }

    /**
     * One layer's inference-mode activations (a graph node id that is a DL4J layer), one flat row per example record:
     * a convolution's maps flattened, a recurrent layer's last step (records are padded at the front).
     */
    public float[][] activations(List<byte[]> records, String nodeId) {
        String key = LayerKeys.of(architecture.network()).get(nodeId);
        if (key == null) {
            throw new IllegalArgumentException("node " + nodeId + " is not a layer of the network");
        }
        if (records.isEmpty()) {
            return new float[0][];
        }
        INDArray out = layerOutput(encode(records), key);
        if (out.rank() == 3) {
            out = out.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(out.size(2) - 1));
        }
        return probabilities(out.reshape('c', records.size(), out.length() / records.size()), records.size());
    }

    private synchronized INDArray layerOutput(INDArray features, String key) {
        return net.activations(features, key);
    }

    /**
     * An autoencoder's reconstruction error of each uint8 record (mean squared difference over the normalised
     * input's numbers; a variational one's negative log-probability of rebuilding it): the anomaly score of bundles
     * made before the code distance, and the bench's baseline.
     */
    public double[] reconstructionErrors(List<byte[]> images) {
        if (images.isEmpty()) {
            return new double[0];
        }
        INDArray features = encode(images);
        if (net instanceof VariationalNetwork vae) {
            synchronized (this) {
                return vae.negativeLogProbabilities(features);
            }
        }
        return Reconstructions.errors(output(features), features);
    }

    /** Decode + preprocess + predict, one row per file. */
    public float[][] predictFiles(List<Path> files) throws ImageUnreadable {
        List<byte[]> pixels = new ArrayList<>(files.size());
        for (Path f : files) {
            pixels.add(pixels(f));
        }
        return predictPixels(pixels);
    }

    /** The network's inference-mode output for a batch already laid out and normalised. */
    public synchronized INDArray output(INDArray features) {
        return inference.predict(new DataSet(features, null));
    }

    /** Lays out and normalises uint8 CHW images into one batch, exactly as training batches are built. */
    public INDArray encode(List<byte[]> images) {
        int c = preprocessing.channels();
        int h = preprocessing.height();
        int w = preprocessing.width();
        int size = c * h * w;
        float[] scaled = new float[images.size() * size];
        TensorRecords records = new TensorRecords(preprocessing);
        for (int i = 0; i < images.size(); i++) {
            byte[] px = images.get(i);
            if (px.length != preprocessing.recordBytes()) {
                throw new IllegalArgumentException("example " + i + " has " + px.length + " bytes, the model takes "
                        + preprocessing.recordBytes());
            }
            records.decode(px, scaled, i * size);
        }
        // Only the features are used: no labels, so a model that learned without classes encodes too.
        int[] noLabels = new int[images.size()];
        Arrays.fill(noLabels, ClassificationData.NO_CLASS);
        ArrayExamples source = new ArrayExamples(scaled, noLabels, c, h, w);
        int[] order = new int[images.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        BatchAssembler.Batch batch = new BatchAssembler(source, normalisation, layout, classes.size(), Augmentation.none())
                .assemble(order, 0, order.length, false, 0);
        return Nd4j.create(batch.features(), layout.shape(images.size(), c, h, w), 'c');
    }

    /** The DL4J network itself, for exporters that read its layers and weights (not for predicting: not serialised). */
    public Model dl4jModel() {
        return net.model();
    }

    /** Network used by test scoring in this package. */
    Network network() {
        return net;
    }

    private static float[][] probabilities(INDArray output, int rows) {
        float[][] out = new float[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = output.getRow(r).toFloatVector();
        }
        return out;
    }
}
