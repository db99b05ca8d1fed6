package org.whiskerstudio.bench.dl4j;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;

/**
 * The network {@code bench anomaly} trains, as the studio builds it from a template: a chain learns each batch by
 * backpropagation against its target; a variational autoencoder (a graph ending in its pretraining layer, which
 * {@code fit} refuses) by {@code pretrainLayer} on its own loss, the negative ELBO, as the studio's trainer does.
 */
sealed interface AutoencoderLearner {
    /** Learns one batch: {@code input} (noisy when denoising) and its clean {@code target}. */
    void fit(INDArray input, INDArray target);

    /** Writes the network without updater state, as a run's model is read. */
    void save(File zip) throws IOException;

    static AutoencoderLearner of(LayerGraph graph, double learningRate, long seed) {
        if (Dl4jModels.isChain(graph)) {
            MultiLayerNetwork net = new MultiLayerNetwork(Dl4jModels.multiLayer(graph, seed, new Adam(learningRate),
                    0));
            net.init();
            return new Chain(net);
        }
        ComputationGraph net = new ComputationGraph(Dl4jModels.computationGraph(graph, seed, new Adam(learningRate),
                0));
        net.init();
        return new Graph(net, graph.nodes().stream().filter(n -> n.spec() instanceof LayerSpec.Variational)
                .findFirst().map(LayerNode::id));
    }

    /** A chain of layers, learned by backpropagation. */
    record Chain(MultiLayerNetwork net) implements AutoencoderLearner {
        @Override
        public void fit(INDArray input, INDArray target) {
            net.fit(new DataSet(input, target));
        }

        @Override
        public void save(File zip) throws IOException {
            ModelSerializer.writeModel(net, zip, false);
        }
    }

    /** A graph; with {@code variational}, the name of its VAE layer, learned layer-wise on its own loss. */
    record Graph(ComputationGraph net, Optional<String> variational) implements AutoencoderLearner {
        @Override
        public void fit(INDArray input, INDArray target) {
            DataSet batch = new DataSet(input, target);
            if (variational.isPresent()) {
                net.pretrainLayer(variational.get(), new ListDataSetIterator<>(List.of(batch),
                        (int) input.size(0)));
            } else {
                net.fit(batch);
            }
        }

        @Override
        public void save(File zip) throws IOException {
            ModelSerializer.writeModel(net, zip, false);
        }
    }
}
