package org.whiskerstudio.bench.dl4j;

import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.dl4j.Reconstructions;

/**
 * One-class anomaly detection with an autoencoder template, as {@code bench anomaly} measures it: trained on one
 * class's images only (pixels scaled to [0, 1], optionally standardised per pixel on those images, optionally with
 * noise added to the input as a denoising autoencoder), then every test image scored by its reconstruction error.
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

    private static final float STD_FLOOR = 0.05f;

    private OneClassAutoencoder() {
    }

    /**
     * Trains {@code graph} on {@code train} (rows of {@code size} pixels 0-1) and scores {@code test}.
     *
     * @return one reconstruction error per test image; empty-length when stopped
     */
    public static double[] trainAndScore(LayerGraph graph, float[][] train, float[][] test, int height, int width,
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
                    return new double[0];
                }
                int to = Math.min(order.length, from + options.batch());
                INDArray clean = batch(train, order, from, to, pixels, height, width);
                INDArray input = options.noise() > 0
                        ? clean.add(Nd4j.randn(clean.dataType(), clean.shape()).muli(options.noise())) : clean;
                net.fit(new DataSet(input, clean));
            }
        }
        return score(net, test, pixels, height, width);
    }

    private static double[] score(MultiLayerNetwork net, float[][] test, Pixels pixels, int height, int width) {
        double[] scores = new double[test.length];
        int[] all = new int[test.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        for (int from = 0; from < test.length; from += 500) {
            int to = Math.min(test.length, from + 500);
            INDArray x = batch(test, all, from, to, pixels, height, width);
            double[] errors = Reconstructions.errors(net.output(x, false), x);
            System.arraycopy(errors, 0, scores, from, errors.length);
        }
        return scores;
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
