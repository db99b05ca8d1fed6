package org.whiskerstudio.bench.dl4j;

import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.whiskerstudio.architecture.Autoencoder;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.dl4j.Reconstructions;

/**
 * One-class anomaly detection with an autoencoder template, as {@code bench anomaly} measures it: trained on one
 * class's images only (pixels scaled to [0, 1], optionally standardised per pixel on those images, optionally with
 * noise added to the input as a denoising autoencoder), then every test image scored by its reconstruction error and
 * by how far its code lies from the nearest codes of the normal training images (the autoencoder's features used as
 * a one-class model, as the published convolutional-autoencoder baselines do).
 */
public final class OneClassAutoencoder {
    /**
     * How to train.
     *
     * @param standardise subtract each pixel's mean over the normal training images and divide by its standard
     *                    deviation (floored), so rare bright pixels weigh as much as common ones
     * @param noise       the standard deviation of Gaussian noise added to training inputs (0: none)
     */
    public record Options(int epochs, int batch, double learningRate, boolean standardise, double noise, long seed) {
    }

    /** Each test image's two scores: its reconstruction error, and its code's distance to the nearest normal codes. */
    public record Scores(double[] reconstruction, double[] codeDistance) {
    }

    /** Nearest normal training codes averaged for the code distance. */
    public static final int NEIGHBOURS = 5;

    private static final float STD_FLOOR = 0.05f;

    private OneClassAutoencoder() {
    }

    /**
     * Trains {@code graph} on {@code train} (rows of {@code size} pixels 0-1) and scores {@code test}.
     *
     * @return the scores of each test image; empty arrays when stopped
     */
    public static Scores trainAndScore(LayerGraph graph, float[][] train, float[][] test, int height, int width,
                                         Options options, TrainingControl control) {
        Pixels pixels = options.standardise() ? Pixels.fit(train) : Pixels.identity(train[0].length);
        MultiLayerNetwork net = new MultiLayerNetwork(Dl4jModels.multiLayer(graph, options.seed(),
                new Adam(options.learningRate()), 0));
        net.init();
        Random random = new Random(options.seed());
        int[] order = new int[train.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            shuffle(order, random);
            for (int from = 0; from < order.length; from += options.batch()) {
                if (control.isStopRequested()) {
                    return new Scores(new double[0], new double[0]);
                }
                int to = Math.min(order.length, from + options.batch());
                INDArray clean = batch(train, order, from, to, pixels, height, width);
                INDArray input = options.noise() > 0
                        ? clean.add(Nd4j.randn(clean.dataType(), clean.shape()).muli(options.noise())) : clean;
                net.fit(new DataSet(input, clean));
            }
        }
        int code = codeLayer(graph);
        float[][] normalCodes = codes(net, train, pixels, height, width, code, null);
        double[] errors = new double[test.length];
        float[][] testCodes = codes(net, test, pixels, height, width, code, errors);
        return new Scores(errors, CodeNeighbours.distances(normalCodes, testCodes, NEIGHBOURS));
    }

    /** DL4J's index of the bottleneck layer: Input and Reshape are no layers of a MultiLayerNetwork. */
    private static int codeLayer(LayerGraph graph) {
        String bottleneck = Autoencoder.of(graph).orElseThrow().bottleneck();
        int index = 0;
        for (LayerNode node : graph.nodes()) {
            if (node.id().equals(bottleneck)) {
                return index;
            }
            if (!(node.spec() instanceof LayerSpec.Input) && !(node.spec() instanceof LayerSpec.Reshape)) {
                index++;
            }
        }
        throw new IllegalArgumentException("no bottleneck " + bottleneck);
    }

    /** Each image's code (the bottleneck's activations), and into {@code errors} when given its reconstruction error. */
    private static float[][] codes(MultiLayerNetwork net, float[][] images, Pixels pixels, int height, int width,
                                   int codeLayer, double[] errors) {
        float[][] codes = new float[images.length][];
        int[] all = new int[images.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        for (int from = 0; from < images.length; from += 500) {
            int to = Math.min(images.length, from + 500);
            INDArray x = batch(images, all, from, to, pixels, height, width);
            List<INDArray> activations = net.feedForward(x, false);
            INDArray code = activations.get(codeLayer + 1);
            for (int i = from; i < to; i++) {
                codes[i] = code.getRow(i - from).toFloatVector();
            }
            if (errors != null) {
                double[] batchErrors = Reconstructions.errors(activations.get(activations.size() - 1), x);
                System.arraycopy(batchErrors, 0, errors, from, batchErrors.length);
            }
        }
        return codes;
    }

    private static INDArray batch(float[][] images, int[] order, int from, int to, Pixels pixels, int height,
                                  int width) {
        int size = height * width;
        float[] flat = new float[(to - from) * size];
        for (int k = from; k < to; k++) {
            pixels.apply(images[order[k]], flat, (k - from) * size);
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

    /** Per-pixel standardisation fitted on the normal training images (or none). */
    private record Pixels(float[] mean, float[] std) {
        static Pixels identity(int size) {
            float[] ones = new float[size];
            java.util.Arrays.fill(ones, 1f);
            return new Pixels(new float[size], ones);
        }

        static Pixels fit(float[][] images) {
            int size = images[0].length;
            float[] mean = new float[size];
            float[] std = new float[size];
            for (float[] image : images) {
                for (int p = 0; p < size; p++) {
                    mean[p] += image[p] / images.length;
                }
            }
            for (float[] image : images) {
                for (int p = 0; p < size; p++) {
                    float d = image[p] - mean[p];
                    std[p] += d * d / images.length;
                }
            }
            for (int p = 0; p < size; p++) {
                std[p] = Math.max(STD_FLOOR, (float) Math.sqrt(std[p]));
            }
            return new Pixels(mean, std);
        }

        void apply(float[] image, float[] into, int offset) {
            for (int p = 0; p < image.length; p++) {
                into[offset + p] = (image[p] - mean[p]) / std[p];
            }
        }
    }
}
