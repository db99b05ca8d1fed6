package org.whiskerstudio.bench.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.Autoencoder;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.evaluation.CodeNeighbours;
import org.whiskerstudio.evaluation.dl4j.AnomalyScorer;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.dl4j.AutoencoderCodes;
import org.whiskerstudio.training.dl4j.Reconstructions;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * One-class anomaly detection with an autoencoder template, as {@code bench anomaly} measures it: trained here on one
 * class's images only (pixels scaled to [0, 1], optionally with noise added to the input as a denoising autoencoder),
 * then loaded as the studio loads a run's model and every test image scored by the product's own scorers
 * ({@link AnomalyScorer}): the code distance to the normal training images' codes, which runs answer, and the
 * reconstruction error, kept as the baseline.
 */
public final class OneClassAutoencoder {
    /**
     * How to train.
     *
     * @param noise the standard deviation of Gaussian noise added to training inputs (0: none)
     */
    public record Options(int epochs, int batch, double learningRate, double noise, long seed) {
    }

    /** Each test image's two scores: its reconstruction error, and its code's distance to the nearest normal codes. */
    public record Scores(double[] reconstruction, double[] codeDistance) {
    }

    /** Records scored per forward pass, as the studio's scoring batches them. */
    private static final int SCORING_BATCH = 500;

    private OneClassAutoencoder() {
    }

    /**
     * Trains {@code graph} on {@code train} (grey uint8 images of {@code height} x {@code width}, the studio's
     * records) and scores {@code test}.
     *
     * @return the scores of each test image; empty when stopped
     */
    public static Optional<Scores> trainAndScore(LayerGraph graph, List<byte[]> train, List<byte[]> test, int height,
                                                 int width, Options options, TrainingControl control)
            throws IOException {
        AutoencoderLearner net = AutoencoderLearner.of(graph, options.learningRate(), options.seed());
        // A Dense decoder rebuilds the image as a flat vector: its target is flattened as the studio's trainer does.
        boolean flat = Autoencoder.of(graph).orElseThrow().flat() || Autoencoder.variational(graph);
        Random random = new Random(options.seed());
        int[] order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            shuffle(order, random);
            for (int from = 0; from < order.length; from += options.batch()) {
                if (control.isStopRequested()) {
                    return Optional.empty();
                }
                int to = Math.min(order.length, from + options.batch());
                INDArray clean = batch(train, order, from, to, height, width);
                INDArray input = options.noise() > 0
                        ? clean.add(Nd4j.randn(clean.dataType(), clean.shape()).muli(options.noise())) : clean;
                net.fit(input, Reconstructions.target(new DataSet(clean, null), flat).getLabels());
            }
        }
        TrainedModel model = asStudioModel(net, graph, height, width);
        AnomalyScorer byCodes = AnomalyScorer.byCodeDistance(model, new CodeNeighbours(codes(model, train)));
        AnomalyScorer byReconstruction = AnomalyScorer.byReconstruction(model);
        double[] errors = new double[test.size()];
        double[] distances = new double[test.size()];
        for (int from = 0; from < test.size(); from += SCORING_BATCH) {
            List<byte[]> records = test.subList(from, Math.min(test.size(), from + SCORING_BATCH));
            System.arraycopy(byReconstruction.scores(records), 0, errors, from, records.size());
            System.arraycopy(byCodes.scores(records), 0, distances, from, records.size());
        }
        return Optional.of(new Scores(errors, distances));
    }

    /**
     * The trained network as the studio restores a run's model: saved without updater and loaded by
     * {@link TrainedModel#load} with pixels scaled to [0, 1] and no further normalisation, as it was trained.
     */
    private static TrainedModel asStudioModel(AutoencoderLearner net, LayerGraph graph, int height, int width)
            throws IOException {
        Path zip = Files.createTempFile("whisker-anomaly-bench-", ".zip");
        try {
            net.save(zip.toFile());
            return TrainedModel.load(zip, new Architecture("anomaly bench", graph, Optional.empty()), List.of(),
                    Layout.preprocessing(new TensorShape.Image(height, width, 1), ResizeMode.STRETCH),
                    Normalisation.identity(1));
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    /** The normal training images' codes, the reference of the code distance (as {@code RunCodes} reads a run's). */
    private static float[][] codes(TrainedModel model, List<byte[]> images) {
        List<float[]> codes = new ArrayList<>(images.size());
        for (int from = 0; from < images.size(); from += SCORING_BATCH) {
            codes.addAll(List.of(AutoencoderCodes.of(model, images.subList(from,
                    Math.min(images.size(), from + SCORING_BATCH)))));
        }
        return codes.toArray(float[][]::new);
    }

    private static INDArray batch(List<byte[]> images, int[] order, int from, int to, int height, int width) {
        int size = height * width;
        float[] flat = new float[(to - from) * size];
        for (int k = from; k < to; k++) {
            byte[] image = images.get(order[k]);
            for (int p = 0; p < size; p++) {
                flat[(k - from) * size + p] = (image[p] & 0xFF) / 255f;
            }
        }
        return Nd4j.create(flat, new long[] {to - from, 1, height, width}, 'c');
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
