package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.common.ModelZips;
import org.whiskerstudio.training.TrainingConfig;

/** The one network being trained, whether a MultiLayerNetwork (a chain) or a ComputationGraph (branches). */
sealed interface Network permits Network.Chain, Network.Graph, VariationalNetwork {

    /** A fresh network with the config's seed, optimiser at its first epoch's rate, and weight decay. */
    static Network create(LayerGraph graph, TrainingConfig config) {
        var updater = Updaters.of(config.optimizer(), config.learningRateAt(0));
        if (Dl4jModels.isChain(graph)) {
            MultiLayerNetwork net = new MultiLayerNetwork(Dl4jModels.multiLayer(graph, config.seed(), updater,
                    config.weightDecay()));
            net.init();
            return new Chain(net);
        }
        ComputationGraph net = new ComputationGraph(Dl4jModels.computationGraph(graph, config.seed(), updater,
                config.weightDecay()));
        net.init();
        return graphOf(graph, net);
    }

    /** A checkpoint with its updater state, checked by {@link ModelZips} before DL4J reads it. */
    static Network restore(LayerGraph graph, Path zip) throws IOException {
        ModelZips.requireModelOnly(zip);
        return Dl4jModels.isChain(graph)
                ? new Chain(ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true))
                : graphOf(graph, ModelSerializer.restoreComputationGraph(zip.toFile(), true));
    }

    /** A graph, or a variational autoencoder's (it learns layer-wise: {@link VariationalNetwork}). */
    private static Network graphOf(LayerGraph graph, ComputationGraph net) {
        return graph.nodes().stream().filter(n -> n.spec() instanceof LayerSpec.Variational).findFirst()
                .<Network>map(n -> new VariationalNetwork(net, LayerKeys.of(graph).get(n.id())))
                .orElseGet(() -> new Graph(net));
    }

    Model model();

    void fit(DataSet batch);

    /** The loss of the last {@link #fit} (mean over its examples). */
    default double lastLoss() {
        return model().score();
    }

    /** Inference-mode loss of a batch (dropout off, batch norm on its running statistics). */
    double loss(DataSet batch);

    /** Inference-mode predictions for a batch. */
    INDArray predict(DataSet batch);

    /** Inference-mode activations of one layer, by its DL4J name ({@link LayerKeys}), for a batch of features. */
    INDArray activations(INDArray features, String layer);

    void setLearningRate(double rate);

    /** One layer's rate, by its DL4J name ({@link LayerKeys}); the next {@link #setLearningRate} sets it again. */
    void setLayerLearningRate(String layer, double rate);

    /** One layer's parameters by their DL4J names ("W", "b"), as views: assigning to them changes the network. */
    Map<String, INDArray> layerParams(String layer);

    default void write(OutputStream out, boolean withUpdater) throws IOException {
        ModelSerializer.writeModel(model(), out, withUpdater);
    }

    /** A chain of layers. */
    record Chain(MultiLayerNetwork net) implements Network {
        @Override
        public Model model() {
            return net;
        }

        @Override
        public void fit(DataSet batch) {
            net.fit(batch);
        }

        @Override
        public double loss(DataSet batch) {
            return net.score(batch, false);
        }

        @Override
        public INDArray predict(DataSet batch) {
            return net.output(batch.getFeatures(), false, batch.getFeaturesMaskArray(), batch.getLabelsMaskArray());
        }

        @Override
        public INDArray activations(INDArray features, String layer) {
            int index = Integer.parseInt(layer);
            // The list starts with the input, so layer i's activations are at i + 1.
            return net.feedForwardToLayer(index, features, false).get(index + 1);
        }

        @Override
        public void setLearningRate(double rate) {
            net.setLearningRate(rate);
        }

        @Override
        public void setLayerLearningRate(String layer, double rate) {
            net.setLearningRate(Integer.parseInt(layer), rate);
        }

        @Override
        public Map<String, INDArray> layerParams(String layer) {
            return net.getLayer(Integer.parseInt(layer)).paramTable();
        }
    }

    /** A graph with branches: one input, one output. */
    record Graph(ComputationGraph net) implements Network {
        @Override
        public Model model() {
            return net;
        }

        @Override
        public void fit(DataSet batch) {
            net.fit(batch);
        }

        @Override
        public double loss(DataSet batch) {
            return net.score(batch, false);
        }

        @Override
        public INDArray predict(DataSet batch) {
            INDArray features = batch.getFeaturesMaskArray();
            INDArray labels = batch.getLabelsMaskArray();
            return net.output(false, new INDArray[] {batch.getFeatures()},
                    features == null ? null : new INDArray[] {features},
                    labels == null ? null : new INDArray[] {labels})[0];
        }

        @Override
        public INDArray activations(INDArray features, String layer) {
            return net.feedForward(features, false).get(layer);
        }

        @Override
        public void setLearningRate(double rate) {
            net.setLearningRate(rate);
        }

        @Override
        public void setLayerLearningRate(String layer, double rate) {
            net.setLearningRate(layer, rate);
        }

        @Override
        public Map<String, INDArray> layerParams(String layer) {
            return net.getLayer(layer).paramTable();
        }
    }
}
