package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.training.StartPlan;
import org.whiskerstudio.training.TrainingConfig;

/**
 * How a run's network begins: new weights, or a start model's layers as its {@link StartPlan} says (a replaced output
 * layer starting at zero, every new class equally likely); and for how many
 * first epochs the layers below the output are frozen. Freezing sets their learning rate to 0: every optimiser here
 * scales its step by it (Adam and RMSProp directly, Nesterov momentum from a velocity that stays 0 while frozen), and
 * so does the decoupled weight decay, so their weights stay exactly as the start model had them, while the updater
 * state and the checkpoints keep working as in any run (a paused run resumes frozen). Batch-normalisation running
 * statistics are not weights: they still follow the new data.
 */
record RunStart(Optional<Weights> weights, int freezeEpochs) {
    static final RunStart FRESH = new RunStart(Optional.empty(), 0);

    /** The start model's weights: a plain model zip of its own network, and the plan to take them. */
    record Weights(Path zip, LayerGraph network, StartPlan plan) {
    }

    /** The run's fresh network, with the start model's kept layers copied in. */
    Network network(LayerGraph graph, TrainingConfig config) throws IOException {
        Network net = Network.create(graph, config);
        if (weights.isPresent()) {
            Weights w = weights.get();
            copy(Network.restore(w.network(), w.zip()), LayerKeys.of(w.network()), net, LayerKeys.of(graph), w.plan());
        }
        return net;
    }

    /** Called after each epoch's learning rate is set: during the frozen epochs, 0 below the output. */
    void beforeEpoch(Network net, LayerGraph graph, int epoch) {
        if (epoch < freezeEpochs) {
            freezeBelowOutput(net, graph);
        }
    }

    /** Whether the start model's output layer was replaced: a new run whose output {@link HeadFit} fits first. */
    boolean replacesOutput() {
        return weights.isPresent() && !weights.get().plan().keepsAll();
    }

    /** Learning rate 0 for every layer but the output. */
    static void freezeBelowOutput(Network net, LayerGraph graph) {
        for (Map.Entry<String, String> layer : LayerKeys.of(graph).entrySet()) {
            if (!(graph.node(layer.getKey()).orElseThrow().spec() instanceof LayerSpec.Output)) {
                net.setLayerLearningRate(layer.getValue(), 0);
            }
        }
    }

    private static void copy(Network source, Map<String, String> sourceKeys, Network target,
                             Map<String, String> targetKeys, StartPlan plan) {
        for (StartPlan.Layer layer : plan.layers()) {
            Map<String, INDArray> to = target.layerParams(targetKeys.get(layer.targetId()));
            if (!layer.kept()) {
                // A random output layer over trained features is confidently wrong (a loss far above a guess's), and
                // its large gradients tear down the kept layers in the first steps; at zero it starts as a fair
                // guess among the new classes and learns from there.
                to.values().forEach(param -> param.assign(0));
                continue;
            }
            for (Map.Entry<String, INDArray> param : source.layerParams(sourceKeys.get(layer.sourceId())).entrySet()) {
                INDArray value = layer.output() && plan.classesReordered()
                        ? byClass(param.getValue(), plan.classOrder()) : param.getValue();
                to.get(param.getKey()).assign(value.reshape(to.get(param.getKey()).shape()));
            }
        }
    }

    /** The output's weights or biases with their unit (last) axis in the run's class order. */
    private static INDArray byClass(INDArray value, List<Integer> order) {
        long units = value.size(value.rank() - 1);
        INDArray matrix = value.reshape(value.length() / units, units);
        return matrix.getColumns(order.stream().mapToInt(Integer::intValue).toArray()).reshape(value.shape());
    }
}
