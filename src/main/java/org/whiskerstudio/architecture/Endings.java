package org.whiskerstudio.architecture;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How a graph must end: a classifier in one Output layer, an autoencoder in one Reconstruction of its input, a GAN
 * generator in the numbers of one image.
 */
final class Endings {
    private Endings() {
    }

    /**
     * One end layer (an Output, or an autoencoder's Reconstruction of as many numbers as the input) after which
     * nothing follows; an Output's classes must be the expected ones when given.
     */
    static void classifier(GraphOrder order, Map<String, TensorShape> shapes, OptionalInt expectedClasses,
                           List<Issue> issues) {
        List<String> outputs = order.order().stream().filter(id -> isEnd(order.node(id).spec())).toList();
        if (outputs.isEmpty() && order.input().isPresent()) {
            issues.add(new Issue("", "The network has no Output layer: end it with one"));
        }
        for (String extra : outputs.stream().skip(1).toList()) {
            issues.add(new Issue(extra, "The network has more than one Output layer: keep one and remove this one"));
        }
        for (String id : order.order()) {
            boolean isOutput = isEnd(order.node(id).spec());
            if (isOutput && !order.outputsOf(id).isEmpty()) {
                issues.add(new Issue(id, order.node(id).spec().kind()
                        + " must be the last layer: remove the connections after it"));
            } else if (!isOutput && order.outputsOf(id).isEmpty() && !outputs.isEmpty()) {
                issues.add(new Issue(id, "This layer leads nowhere: connect it to the next layer, or remove it"));
            }
        }
        outputs.forEach(id -> {
            if (order.node(id).spec() instanceof LayerSpec.Output output) {
                expectedClasses.ifPresent(expected -> classes(id, "Output", output.classes(), expected, issues));
            } else if (order.node(id).spec() instanceof LayerSpec.YoloHead head) {
                expectedClasses.ifPresent(expected -> classes(id, "YOLO head", head.classes(), expected, issues));
            } else if (order.node(id).spec() instanceof LayerSpec.Variational) {
                variational(order, id, issues);
            } else if (order.node(id).spec() instanceof LayerSpec.QValues head) {
                agent(order, shapes, head.environment(), issues);
            } else {
                reconstruction(order, shapes, id, issues);
            }
        });
    }

    static boolean isEnd(LayerSpec spec) {
        return spec instanceof LayerSpec.Output || spec instanceof LayerSpec.Reconstruction
                || spec instanceof LayerSpec.YoloHead || spec instanceof LayerSpec.Variational
                || spec instanceof LayerSpec.QValues;
    }

    /**
     * An agent's network reads one observation of its environment and has only Dense layers before its Q-values:
     * the DQN builds, copies and blends exactly such a stack.
     */
    private static void agent(GraphOrder order, Map<String, TensorShape> shapes, AgentEnvironment environment,
                              List<Issue> issues) {
        order.input().ifPresent(input -> {
            TensorShape shape = shapes.get(input);
            if (shape != null && !shape.equals(new TensorShape.Vector(environment.observations()))) {
                issues.add(new Issue(input, "The " + environment.label().toLowerCase(java.util.Locale.ROOT)
                        + " gives " + environment.observations() + " numbers per observation but the input is "
                        + Shapes.describe(shape) + ": make the input a vector of " + environment.observations()));
            }
        });
        for (String id : order.order()) {
            LayerSpec spec = order.node(id).spec();
            if (!(spec instanceof LayerSpec.Input || spec instanceof LayerSpec.Dense
                    || spec instanceof LayerSpec.QValues)) {
                issues.add(new Issue(id, "An agent's network has only Dense layers between its input and its "
                        + "Q-values: remove this " + spec.kind()));
            }
        }
    }

    private static void classes(String id, String end, int classes, int expected, List<Issue> issues) {
        if (classes != expected) {
            issues.add(new Issue(id, "The output has " + Shapes.count(classes, "class", "classes")
                    + " but the project has " + expected + ": set the " + end + "'s classes to " + expected));
        }
    }

    /** The numbers reaching a Reconstruction must be as many as the input's: it is compared with them one by one. */
    private static void reconstruction(GraphOrder order, Map<String, TensorShape> shapes, String id,
                                       List<Issue> issues) {
        TensorShape input = order.input().map(shapes::get).orElse(null);
        TensorShape made = shapes.get(id);
        if (input == null || made == null || sameNumbers(input, made)) {
            return;
        }
        issues.add(new Issue(id, "The reconstruction has " + Shapes.describe(made) + " but the input "
                + Shapes.describe(input) + " has " + input.size() + " numbers: end with a Dense layer of "
                + input.size() + " units" + (input instanceof TensorShape.Image ? ", or layers that give back a "
                + input.label() + " image" : "")));
    }

    /** A variational autoencoder rebuilds what it reads, so it must read the network's input itself. */
    private static void variational(GraphOrder order, String id, List<Issue> issues) {
        boolean readsInput = order.input().map(in -> order.inputsOf(id).stream().allMatch(in::equals)).orElse(true);
        if (!readsInput) {
            issues.add(new Issue(id, "A variational autoencoder rebuilds its own input: connect it straight to the "
                    + "Input, with no layer between"));
        }
    }

    /** Equal shapes, or a vector of the input's size (an image or sequence flattened). */
    private static boolean sameNumbers(TensorShape input, TensorShape made) {
        return made.equals(input) || made instanceof TensorShape.Vector && made.size() == input.size();
    }

    static void generator(GraphOrder order, Map<String, TensorShape> shapes, TensorShape.Image image,
                          List<Issue> issues) {
        for (String id : order.order()) {
            if (isEnd(order.node(id).spec())) {
                issues.add(new Issue(id, "A generator has no Output layer: end it with a Dense layer of "
                        + image.size() + " units and TANH that makes the " + image.label() + " image"));
            }
        }
        List<String> ends = order.order().stream().filter(id -> order.outputsOf(id).isEmpty()).toList();
        for (String id : ends.stream().skip(1).toList()) {
            issues.add(new Issue(id, "This layer leads nowhere: connect it to the next layer, or remove it"));
        }
        if (ends.isEmpty() || !shapes.containsKey(ends.get(0))) {
            return;
        }
        TensorShape made = shapes.get(ends.get(0));
        boolean fits = made instanceof TensorShape.Image ? made.equals(image) : made.size() == image.size();
        if (!fits) {
            issues.add(new Issue(ends.get(0), "The generator makes " + Shapes.describe(made) + " but "
                    + Shapes.describe(image) + " has " + image.size() + " numbers: end with a Dense layer of "
                    + image.size() + " units"));
        }
    }
}
