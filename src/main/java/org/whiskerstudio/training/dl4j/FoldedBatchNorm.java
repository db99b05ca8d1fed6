package org.whiskerstudio.training.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.whiskerstudio.architecture.Activation;
import org.whiskerstudio.architecture.GraphBuilder;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;

/**
 * An inference copy of a trained chain in which each convolution (no activation) followed by batch normalisation and
 * an activation layer is one convolution with that activation: at inference batch normalisation is a fixed scale and
 * shift per channel, so it folds into the convolution's weights and bias (w' = w * s, b' = (b - mean) * s + beta, with
 * s = gamma / sqrt(var + eps)). The detector template has five such runs; folded, one image's forward pass runs 11
 * layers instead of 21. Used only when the copy answers as the original does (checked on a random input).
 */
public final class FoldedBatchNorm {
    /** Largest difference from the original's output on the check input that the copy may show. */
    static final double TOLERANCE = 1e-3;

    private FoldedBatchNorm() {
    }

    /** The folded copy; empty when the chain has no such run, is not a plain chain, or the copy does not agree. */
    public static Optional<MultiLayerNetwork> of(LayerGraph graph, MultiLayerNetwork trained) {
        List<LayerSpec> chain = chain(graph);
        if (chain.isEmpty() || chain.stream().anyMatch(s -> s instanceof LayerSpec.Reshape)) {
            return Optional.empty();
        }
        List<LayerSpec> folded = new ArrayList<>();
        List<int[]> from = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            if (i + 2 < chain.size() && chain.get(i) instanceof LayerSpec.Conv2D conv
                    && conv.activation() == Activation.IDENTITY
                    && chain.get(i + 1) instanceof LayerSpec.BatchNorm
                    && chain.get(i + 2) instanceof LayerSpec.ActivationLayer act) {
                folded.add(new LayerSpec.Conv2D(conv.filters(), conv.kernel(), conv.stride(), conv.padding(),
                        act.activation()));
                from.add(new int[] {i, i + 1});
                i += 2;
            } else {
                folded.add(chain.get(i));
                from.add(new int[] {i});
            }
        }
        if (folded.size() == chain.size()) {
            return Optional.empty();
        }
        GraphBuilder builder = new GraphBuilder(graph.inputShape().orElseThrow());
        folded.forEach(builder::then);
        MultiLayerNetwork copy = new MultiLayerNetwork(Dl4jModels.multiLayer(builder.build(), 0));
        copy.init();
        Layer[] layers = trained.getLayers();
        for (int j = 0; j < from.size(); j++) {
            int[] old = from.get(j);
            if (old.length == 1) {
                if (layers[old[0]].numParams() > 0) {
                    copy.getLayer(j).setParams(layers[old[0]].params().dup());
                }
            } else {
                fold(layers[old[0]], layers[old[1]], copy.getLayer(j));
            }
        }
        return graph.inputShape().get() instanceof TensorShape.Image image && agrees(trained, copy, image)
                ? Optional.of(copy) : Optional.empty();
    }

    /** The layer specs from the input on, in order (a chain: each node has one output). */
    private static List<LayerSpec> chain(LayerGraph graph) {
        if (!Dl4jModels.isChain(graph)) {
            return List.of();
        }
        List<LayerSpec> specs = new ArrayList<>();
        Optional<LayerNode> node = graph.nodes().stream().filter(n -> n.spec() instanceof LayerSpec.Input).findFirst();
        while (node.isPresent()) {
            if (!(node.get().spec() instanceof LayerSpec.Input)) {
                specs.add(node.get().spec());
            }
            List<LayerNode> next = graph.outputsOf(node.get().id());
            node = next.isEmpty() ? Optional.empty() : Optional.of(next.get(0));
        }
        return specs;
    }

    /** The convolution's weights and bias scaled and shifted by the batch normalisation after it. */
    private static void fold(Layer conv, Layer norm, Layer into) {
        BatchNormalization conf = (BatchNormalization) norm.conf().getLayer();
        Map<String, INDArray> bn = norm.paramTable();
        INDArray variance = bn.containsKey("log10stdev")
                ? Transforms.pow(Nd4j.valueArrayOf(bn.get("log10stdev").shape(), 10.0, bn.get("log10stdev").dataType()),
                bn.get("log10stdev").mul(2), false)
                : bn.get("var").dup();
        INDArray gamma = conf.isLockGammaBeta() ? Nd4j.valueArrayOf(variance.shape(), conf.getGamma(), variance.dataType())
                : bn.get("gamma");
        INDArray beta = conf.isLockGammaBeta() ? Nd4j.valueArrayOf(variance.shape(), conf.getBeta(), variance.dataType())
                : bn.get("beta");
        INDArray scale = gamma.div(Transforms.sqrt(variance.add(conf.getEps()), false)).reshape(-1);
        INDArray w = conv.paramTable().get("W").dup();
        long out = w.size(0);
        INDArray perFilter = w.reshape('c', out, w.length() / out).mulColumnVector(scale.reshape(out, 1));
        INDArray b = conv.paramTable().get("b").reshape(-1);
        INDArray bias = b.sub(bn.get("mean").reshape(-1)).mul(scale).add(beta.reshape(-1));
        into.paramTable().get("W").assign(perFilter.reshape('c', w.shape()));
        into.paramTable().get("b").assign(bias.reshape(into.paramTable().get("b").shape()));
    }

    private static boolean agrees(MultiLayerNetwork trained, MultiLayerNetwork copy, TensorShape.Image image) {
        INDArray input = Nd4j.rand(DataType.FLOAT, 2, image.channels(), image.height(), image.width());
        INDArray a = trained.output(input, false);
        INDArray b = copy.output(input, false);
        return a.equalShapes(b) && a.sub(b).amaxNumber().doubleValue() <= TOLERANCE;
    }
}
