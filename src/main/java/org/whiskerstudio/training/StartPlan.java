package org.whiskerstudio.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.Edge;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerReport;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.dataset.Preprocessing;

/**
 * How a new run's network takes a start model's weights. The two must be the same network (layer by layer in order,
 * connected alike, reading the same input) except for the output layer's class count. With the same classes every
 * layer is kept (the output's units matched by name when only the order differs); with other classes the output layer
 * is replaced by a new one (all zeros: every new class equally likely) and the rest kept.
 *
 * @param layers         the run's layers that hold weights, each with its peer in the start model
 * @param classOrder     for each of the run's classes, the start model's output unit; empty when the output is replaced
 */
public record StartPlan(List<Layer> layers, List<Integer> classOrder) {
    /** One side of the match: a network with its classes in output order and what it reads. */
    public record Side(LayerGraph network, List<String> classes, Preprocessing input) {
    }

    /**
     * A layer with weights.
     *
     * @param sourceId its node id in the start model
     * @param targetId its node id in the run's network
     * @param output   whether it is the output layer
     * @param kept     whether it takes the start model's weights
     */
    public record Layer(String sourceId, String targetId, String name, boolean output, boolean kept) {
    }

    public StartPlan {
        layers = List.copyOf(layers);
        classOrder = List.copyOf(classOrder);
    }

    /** @throws IllegalArgumentException saying how the start model and the run's network differ */
    public static StartPlan of(Side start, Side run) {
        List<String> differences = new ArrayList<>();
        Preprocessing a = start.input();
        Preprocessing b = run.input();
        if (a.width() != b.width() || a.height() != b.height() || a.channels() != b.channels()
                || a.encoding() != b.encoding()) {
            differences.add("it reads " + a.describe() + " (" + a.encoding().description() + "), this run reads "
                    + b.describe() + " (" + b.encoding().description() + ")");
        }
        List<LayerReport> from = ShapeInference.analyse(start.network()).layers();
        List<LayerReport> to = ShapeInference.analyse(run.network()).layers();
        if (from.size() != to.size()) {
            differences.add("it has " + from.size() + " layers, this architecture " + to.size());
        } else {
            compareLayers(start.network(), run.network(), from, to, differences);
        }
        if (!differences.isEmpty()) {
            throw new IllegalArgumentException("The start model does not fit this architecture: "
                    + String.join("; ", differences) + ".");
        }
        List<Integer> order = classOrder(start.classes(), run.classes());
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < to.size(); i++) {
            if (to.get(i).params() > 0) {
                LayerNode node = run.network().node(to.get(i).nodeId()).orElseThrow();
                boolean output = node.spec() instanceof LayerSpec.Output;
                layers.add(new Layer(from.get(i).nodeId(), node.id(), node.name(), output, !output || !order.isEmpty()));
            }
        }
        return new StartPlan(layers, order);
    }

    private static void compareLayers(LayerGraph source, LayerGraph target, List<LayerReport> from,
                                      List<LayerReport> to, List<String> differences) {
        Map<String, Integer> sourceAt = new HashMap<>();
        Map<String, Integer> targetAt = new HashMap<>();
        for (int i = 0; i < from.size(); i++) {
            sourceAt.put(from.get(i).nodeId(), i);
            targetAt.put(to.get(i).nodeId(), i);
            LayerNode s = source.node(from.get(i).nodeId()).orElseThrow();
            LayerNode t = target.node(to.get(i).nodeId()).orElseThrow();
            if (!alike(s.spec(), t.spec())) {
                differences.add("layer " + (i + 1) + " (" + t.name() + ") is " + s.spec() + " there, "
                        + t.spec() + " here");
            }
        }
        if (!positions(source.edges(), sourceAt).equals(positions(target.edges(), targetAt))) {
            differences.add("its layers are connected differently");
        }
    }

    /** Equal, or both outputs of the same kind (their class counts may differ). */
    private static boolean alike(LayerSpec a, LayerSpec b) {
        if (a instanceof LayerSpec.Output x && b instanceof LayerSpec.Output y) {
            return x.outputKind() == y.outputKind();
        }
        return a.equals(b);
    }

    private static Set<List<Integer>> positions(List<Edge> edges, Map<String, Integer> at) {
        Set<List<Integer>> set = new HashSet<>();
        for (Edge e : edges) {
            set.add(List.of(at.getOrDefault(e.from(), -1), at.getOrDefault(e.to(), -1)));
        }
        return set;
    }

    /** Each run class's unit in the start model; empty when the classes are not the same set of names. */
    private static List<Integer> classOrder(List<String> start, List<String> run) {
        if (start.size() != run.size() || !new HashSet<>(start).equals(new HashSet<>(run))
                || new HashSet<>(run).size() != run.size()) {
            return List.of();
        }
        return run.stream().map(start::indexOf).toList();
    }

    /**
     * The start model's architecture with its output layer sized for {@code classes} classes: what a project trains
     * when it continues from a model and names no architecture of its own.
     */
    public static Architecture fitted(Architecture start, int classes) {
        List<LayerNode> nodes = start.network().nodes().stream().map(n -> n.spec() instanceof LayerSpec.Output o
                ? new LayerNode(n.id(), n.name(), new LayerSpec.Output(classes, o.outputKind())) : n).toList();
        return start.withNetwork(new LayerGraph(nodes, start.network().edges()));
    }

    /** Whether every layer, the output included, takes the start model's weights. */
    public boolean keepsAll() {
        return !classOrder.isEmpty();
    }

    /** The same classes in another order: the output's units are taken by name. */
    public boolean classesReordered() {
        return keepsAll() && !classOrder.equals(IntStream.range(0, classOrder.size()).boxed().toList());
    }

    public List<String> keptLayers() {
        return layers.stream().filter(Layer::kept).map(Layer::name).toList();
    }

    public List<String> replacedLayers() {
        return layers.stream().filter(l -> !l.kept()).map(Layer::name).toList();
    }
}
