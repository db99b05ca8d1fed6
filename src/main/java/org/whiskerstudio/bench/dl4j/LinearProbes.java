package org.whiskerstudio.bench.dl4j;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * How well each layer's output of a trained model separates new classes: a linear classifier (softmax regression on
 * standardised features, full-batch gradient descent) fitted on a few labelled examples' activations and scored on
 * test examples. The best of them is about as far as reusing the model's layers carries those few labels, which is how
 * {@code bench transfer} tells a weak start model from a weak way of continuing from it.
 */
public final class LinearProbes {
    private static final int ITERATIONS = 300;
    private static final double RATE = 0.1;
    private static final double L2 = 1e-3;
    private static final int CHUNK = 500;

    /** One layer's probe: its name ("input" for the network's input), feature count and test accuracy. */
    public record Probe(String layer, int features, double accuracy) {
    }

    private LinearProbes() {
    }

    /**
     * A probe for the input and for each layer below the output of a layer-by-layer network; none for other networks.
     *
     * @param train  the labelled examples' records, as {@link TrainedModel#encode} takes them
     * @param labels their classes, 0 to {@code classes - 1}
     */
    public static List<Probe> of(TrainedModel model, List<byte[]> train, int[] labels, List<byte[]> test,
                                 int[] testLabels, int classes) {
        Model dl4j = model.dl4jModel();
        if (!(dl4j instanceof MultiLayerNetwork net)) {
            return List.of();
        }
        List<float[][]> features = activations(model, net, train);
        int layers = features.size() - 1;
        List<Softmax> fitted = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            fitted.add(Softmax.fit(features.get(l), labels, classes));
        }
        int[] correct = new int[layers];
        for (int from = 0; from < test.size(); from += CHUNK) {
            List<float[][]> chunk = activations(model, net, test.subList(from, Math.min(test.size(), from + CHUNK)));
            for (int l = 0; l < layers; l++) {
                float[][] rows = chunk.get(l);
                for (int i = 0; i < rows.length; i++) {
                    correct[l] += fitted.get(l).predict(rows[i]) == testLabels[from + i] ? 1 : 0;
                }
            }
        }
        List<Probe> probes = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            String name = l == 0 ? "input" : (l) + " " + net.getLayer(l - 1).getClass().getSimpleName()
                    .replace("Layer", "");
            probes.add(new Probe(name, features.get(l)[0].length, (double) correct[l] / test.size()));
        }
        return probes;
    }

    /** Each layer's output (the input first), one row of features per record. */
    private static List<float[][]> activations(TrainedModel model, MultiLayerNetwork net, List<byte[]> records) {
        List<float[][]> out = new ArrayList<>();
        for (INDArray act : net.feedForward(model.encode(records), false)) {
            out.add(act.reshape(records.size(), act.length() / records.size()).toFloatMatrix());
        }
        return out;
    }

    /** Softmax regression on standardised features. */
    private record Softmax(double[] mean, double[] scale, double[][] weights, double[] bias) {
        static Softmax fit(float[][] x, int[] y, int classes) {
            int d = x[0].length;
            double[] mean = new double[d];
            double[] scale = new double[d];
            for (float[] row : x) {
                for (int j = 0; j < d; j++) {
                    mean[j] += row[j] / (double) x.length;
                }
            }
            for (float[] row : x) {
                for (int j = 0; j < d; j++) {
                    scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
                }
            }
            for (int j = 0; j < d; j++) {
                scale[j] = Math.sqrt(scale[j]) + 1e-3;
            }
            Softmax model = new Softmax(mean, scale, new double[classes][d], new double[classes]);
            double[][] z = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                z[i] = model.standardise(x[i]);
            }
            for (int it = 0; it < ITERATIONS; it++) {
                model.step(z, y);
            }
            return model;
        }

        double[] standardise(float[] row) {
            double[] z = new double[row.length];
            for (int j = 0; j < row.length; j++) {
                z[j] = (row[j] - mean[j]) / scale[j];
            }
            return z;
        }

        double[] probabilities(double[] z) {
            double[] p = new double[bias.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < p.length; k++) {
                double s = bias[k];
                for (int j = 0; j < z.length; j++) {
                    s += weights[k][j] * z[j];
                }
                p[k] = s;
                max = Math.max(max, s);
            }
            double sum = 0;
            for (int k = 0; k < p.length; k++) {
                p[k] = Math.exp(p[k] - max);
                sum += p[k];
            }
            for (int k = 0; k < p.length; k++) {
                p[k] /= sum;
            }
            return p;
        }

        void step(double[][] z, int[] y) {
            double[][] gw = new double[bias.length][z[0].length];
            double[] gb = new double[bias.length];
            for (int i = 0; i < z.length; i++) {
                double[] p = probabilities(z[i]);
                for (int k = 0; k < p.length; k++) {
                    double g = (p[k] - (y[i] == k ? 1 : 0)) / z.length;
                    gb[k] += g;
                    for (int j = 0; j < z[i].length; j++) {
                        gw[k][j] += g * z[i][j];
                    }
                }
            }
            for (int k = 0; k < bias.length; k++) {
                bias[k] -= RATE * gb[k];
                for (int j = 0; j < gw[k].length; j++) {
                    weights[k][j] -= RATE * (gw[k][j] + L2 * weights[k][j]);
                }
            }
        }

        int predict(float[] row) {
            double[] p = probabilities(standardise(row));
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                best = p[k] > p[best] ? k : best;
            }
            return best;
        }
    }
}
