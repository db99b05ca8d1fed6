package org.whiskerstudio.architecture.dl4j;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.PreprocessorVertex;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerReport;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.architecture.TensorShape;

/**
 * DL4J configurations of a graph that {@link ShapeInference} accepts, with Adam 1e-3 unless training passes its own
 * updater. The input type is set, so DL4J adds the preprocessors (image to vector before Dense) itself.
 */
public final class Dl4jModels {
    private static final IUpdater DEFAULT_UPDATER = new Adam(1e-3);

    static {
        Dl4jRuntime.configure();
    }

    private Dl4jModels() {
    }

    /** True when the graph is one path from the input (a MultiLayerNetwork); false when it branches. */
    public static boolean isChain(LayerGraph graph) {
        // A variational autoencoder trains layer-wise (pretrainLayer by name), which the graph form offers.
        return graph.nodes().stream().noneMatch(n -> n.spec() instanceof LayerSpec.Merge
                        || n.spec() instanceof LayerSpec.Variational)
                && graph.nodes().stream().allMatch(n -> graph.inputsOf(n.id()).size() <= 1
                        && graph.outputsOf(n.id()).size() <= 1);
    }

    public static MultiLayerConfiguration multiLayer(LayerGraph graph, long seed) {
        return multiLayer(graph, seed, DEFAULT_UPDATER, 0);
    }

    /**
     * @param weightDecay decoupled weight decay (DL4J's {@code weightDecay}, scaled by the learning rate, weights only,
     *                    not biases); 0 = off
     */
    public static MultiLayerConfiguration multiLayer(LayerGraph graph, long seed, IUpdater updater, double weightDecay) {
        Shaped shaped = Shaped.of(graph);
        if (!isChain(graph)) {
            throw new IllegalArgumentException("This network branches: build it as a ComputationGraph");
        }
        NeuralNetConfiguration.ListBuilder list = base(seed, shaped, updater, weightDecay).list();
        int index = 0;
        for (LayerNode node : shaped.order) {
            if (node.spec() instanceof LayerSpec.Reshape r) {
                // Not a layer in DL4J: the next layer reads its input through a preprocessor.
                list.inputPreProcessor(index, reshape(r));
            } else if (!(node.spec() instanceof LayerSpec.Input)) {
                list.layer(index++, Dl4jLayers.layer(node.spec(), shaped.inputShape(graph, node)));
            }
        }
        return list.setInputType(Dl4jShapes.inputType(shaped.inputShape())).build();
    }

    public static ComputationGraphConfiguration computationGraph(LayerGraph graph, long seed) {
        return computationGraph(graph, seed, DEFAULT_UPDATER, 0);
    }

    /** As {@link #multiLayer(LayerGraph, long, IUpdater, double)}, for graphs that branch. */
    public static ComputationGraphConfiguration computationGraph(LayerGraph graph, long seed, IUpdater updater,
                                                                 double weightDecay) {
        Shaped shaped = Shaped.of(graph);
        ComputationGraphConfiguration.GraphBuilder builder = base(seed, shaped, updater, weightDecay).graphBuilder();
        String input = shaped.order.get(0).id();
        builder.addInputs(input).setInputTypes(Dl4jShapes.inputType(shaped.inputShape()));
        for (LayerNode node : shaped.order.subList(1, shaped.order.size())) {
            String[] from = graph.inputsOf(node.id()).stream().map(LayerNode::id).toArray(String[]::new);
            if (node.spec() instanceof LayerSpec.Reshape r) {
                builder.addVertex(node.id(), new PreprocessorVertex(reshape(r)), from);
            } else if (node.spec() instanceof LayerSpec.Merge merge) {
                builder.addVertex(node.id(), merge.mergeKind() == LayerSpec.MergeKind.ADD
                        ? new ElementWiseVertex(ElementWiseVertex.Op.Add) : new MergeVertex(), from);
            } else {
                builder.addLayer(node.id(), Dl4jLayers.layer(node.spec(), shaped.inputShape(graph, node)), from);
            }
        }
        String[] outputs = shaped.order.stream().filter(n -> graph.outputsOf(n.id()).isEmpty())
                .map(LayerNode::id).toArray(String[]::new);
        return builder.setOutputs(outputs).build();
    }

    private static FeedForwardToCnnPreProcessor reshape(LayerSpec.Reshape r) {
        return new FeedForwardToCnnPreProcessor(r.height(), r.width(), r.channels());
    }

    /**
     * DL4J M2.1 fails its own workspace check in inference when a Dropout or Activation layer takes the network
     * input directly (it hands the caller's array on); those graphs infer without workspaces.
     */
    private static NeuralNetConfiguration.Builder base(long seed, Shaped shaped, IUpdater updater, double weightDecay) {
        if (!(weightDecay >= 0)) {
            throw new IllegalArgumentException("weight decay must be at least 0, not " + weightDecay);
        }
        NeuralNetConfiguration.Builder builder = new NeuralNetConfiguration.Builder().seed(seed)
                .updater(updater.clone()).weightInit(WeightInit.XAVIER);
        if (weightDecay > 0) {
            builder.weightDecay(weightDecay, true);
        }
        boolean passThroughFirst = shaped.order.stream().skip(1).limit(1).anyMatch(n ->
                n.spec() instanceof LayerSpec.Dropout || n.spec() instanceof LayerSpec.ActivationLayer);
        return passThroughFirst ? builder.inferenceWorkspaceMode(WorkspaceMode.NONE) : builder;
    }

    /** The graph in topological order with every layer's output shape; refuses a graph with issues. */
    private record Shaped(List<LayerNode> order, Map<String, TensorShape> shapes) {
        static Shaped of(LayerGraph graph) {
            Analysis analysis = ShapeInference.analyse(graph);
            boolean onlyEndingIssues = analysis.issues().stream().allMatch(i -> i.nodeId().isEmpty()
                    && i.message().startsWith("The network has no Output"));
            if (!analysis.ok() && !onlyEndingIssues) {
                throw new IllegalArgumentException("The network has mistakes: " + analysis.issues().get(0).message());
            }
            Map<String, TensorShape> shapes = analysis.layers().stream()
                    .collect(Collectors.toMap(LayerReport::nodeId, LayerReport::output));
            Map<String, LayerNode> byId = graph.nodes().stream()
                    .collect(Collectors.toMap(LayerNode::id, Function.identity()));
            return new Shaped(analysis.layers().stream().map(r -> byId.get(r.nodeId())).toList(), shapes);
        }

        TensorShape inputShape() {
            return shapes.get(order.get(0).id());
        }

        TensorShape inputShape(LayerGraph graph, LayerNode node) {
            return shapes.get(graph.inputsOf(node.id()).get(0).id());
        }
    }
}
