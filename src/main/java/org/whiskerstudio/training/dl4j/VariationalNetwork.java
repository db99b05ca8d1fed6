package org.whiskerstudio.training.dl4j;

import java.util.List;
import java.util.Map;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.variational.VariationalAutoencoder;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A variational autoencoder's network: a graph whose answer is DL4J's pretraining {@code VariationalAutoencoder}
 * layer, which has no labels to fit by backpropagation ({@code fit} refuses a network ending in it). Each batch is
 * learned by {@code pretrainLayer}, the layer's own solver on its own loss, the negative evidence lower bound (mean
 * over the batch, one sample of the code). Its prediction is the reconstruction (the Bernoulli means decoded from the
 * code's mean). Its anomaly score is the code distance like every autoencoder's (its code is the code's mean); the
 * negative log-probability of rebuilding an example is what a bundle made before the code distance still answers.
 *
 * @param layer the VAE layer's DL4J name ({@link LayerKeys})
 */
record VariationalNetwork(ComputationGraph net, String layer) implements Network {
    /** Samples of the code per example when scoring: more give a steadier estimate of the log-probability. */
    static final int SCORE_SAMPLES = 16;
    /**
     * The code's samples are drawn from this seed at each call, so the same batch always scores the same; an
     * example's samples depend on its place in the batch, so its score moves a little (about 0.5% with 16 samples
     * on Fashion-MNIST) between batches.
     */
    static final long SCORE_SEED = 20_161;

    @Override
    public Model model() {
        return net;
    }

    @Override
    public void fit(DataSet batch) {
        net.pretrainLayer(layer, new ListDataSetIterator<>(List.of(batch), (int) batch.getFeatures().size(0)));
    }

    @Override
    public double lastLoss() {
        return vae().score();
    }

    /** The batch's negative ELBO as learning measures it (no update: the gradients computed are not applied). */
    @Override
    public double loss(DataSet batch) {
        VariationalAutoencoder vae = vae();
        LayerWorkspaceMgr none = LayerWorkspaceMgr.noWorkspaces();
        vae.setInput(rows(batch.getFeatures()), none);
        vae.computeGradientAndScore(none);
        return vae.score();
    }

    /** The reconstruction, [examples, input numbers] in the input's C order. */
    @Override
    public INDArray predict(DataSet batch) {
        INDArray code = net.outputSingle(false, batch.getFeatures());
        return vae().generateAtMeanGivenZ(code);
    }

    @Override
    public INDArray activations(INDArray features, String name) {
        return net.feedForward(features, false).get(name);
    }

    /** Each example's negative log-probability of being rebuilt, over {@link #SCORE_SAMPLES} seeded samples. */
    synchronized double[] negativeLogProbabilities(INDArray features) {
        Nd4j.getRandom().setSeed(SCORE_SEED);
        return vae().reconstructionLogProbability(rows(features), SCORE_SAMPLES).neg().toDoubleVector();
    }

    @Override
    public void setLearningRate(double rate) {
        net.setLearningRate(rate);
    }

    @Override
    public void setLayerLearningRate(String name, double rate) {
        net.setLearningRate(name, rate);
    }

    @Override
    public Map<String, INDArray> layerParams(String name) {
        return net.getLayer(name).paramTable();
    }

    private VariationalAutoencoder vae() {
        return (VariationalAutoencoder) net.getLayer(layer);
    }

    /** [examples, numbers] in C order, as the graph flattens an image before the layer. */
    private static INDArray rows(INDArray features) {
        return features.rank() == 2 ? features
                : features.dup('c').reshape('c', features.size(0), features.length() / features.size(0));
    }
}
