package org.whiskerstudio.architecture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Walks a graph from its input: the output shape, parameters (as DL4J counts them), multiply-adds and activations of
 * every layer, and a plain-language {@link Issue} at each layer that DL4J would refuse or that makes no sense. A
 * layer after a refused one is not analysed (its input is unknown), so each mistake is reported once, where it is.
 */
public final class ShapeInference {
    private ShapeInference() {
    }

    /** A classifier: one input, one Output at the end. */
    public static Analysis analyse(LayerGraph graph) {
        return analyse(graph, OptionalInt.empty());
    }

    /** A classifier whose Output must have {@code expectedClasses} classes (the project's), when given. */
    public static Analysis analyse(LayerGraph graph, OptionalInt expectedClasses) {
        Walk walk = walk(graph);
        Endings.classifier(walk.order, walk.shapes, expectedClasses, walk.issues);
        return new Analysis(walk.reports, walk.issues);
    }

    /**
     * A GAN generator: noise in, no Output layer; its last layer makes the numbers of one {@code image} (a Dense of
     * height x width x channels units, or an image of exactly that shape).
     */
    public static Analysis analyseGenerator(LayerGraph graph, TensorShape.Image image) {
        Walk walk = walk(graph);
        Endings.generator(walk.order, walk.shapes, image, walk.issues);
        return new Analysis(walk.reports, walk.issues);
    }

    private record Walk(GraphOrder order, Map<String, TensorShape> shapes, List<LayerReport> reports,
                        List<Issue> issues) {
    }

    private static Walk walk(LayerGraph graph) {
        GraphOrder order = GraphOrder.of(graph);
        Walk walk = new Walk(order, new HashMap<>(), new ArrayList<>(), new ArrayList<>(order.issues()));
        for (String id : order.order()) {
            LayerNode node = order.node(id);
            List<String> inputs = order.inputsOf(id);
            if (inputs.size() > 1 && !(node.spec() instanceof LayerSpec.Merge)
                    && !(node.spec() instanceof LayerSpec.Input)) {
                walk.issues.add(new Issue(id, node.spec().kind() + " has " + inputs.size()
                        + " inputs; only Concat and Add join branches: put one before it"));
                continue;
            }
            inputShapes(inputs, walk.shapes).ifPresent(shapes -> analyseNode(node, shapes, walk));
        }
        return walk;
    }

    private static void analyseNode(LayerNode node, List<TensorShape> inputs, Walk walk) {
        LayerCost cost = LayerRules.apply(node.spec(), inputs);
        if (cost instanceof LayerCost.Refused refused) {
            walk.issues.add(new Issue(node.id(), refused.message()));
        } else if (cost instanceof LayerCost.Fits fits) {
            walk.shapes.put(node.id(), fits.output());
            walk.reports.add(new LayerReport(node.id(), fits.output(), fits.params(), fits.macs(), fits.output().size()));
        }
    }

    /** Empty when an input is unknown because a layer before was refused. */
    private static Optional<List<TensorShape>> inputShapes(List<String> inputs, Map<String, TensorShape> shapes) {
        List<TensorShape> known = inputs.stream().filter(shapes::containsKey).map(shapes::get).toList();
        return known.size() == inputs.size() ? Optional.of(known) : Optional.empty();
    }
}
