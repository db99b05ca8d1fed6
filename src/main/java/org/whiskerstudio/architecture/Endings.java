package org.whiskerstudio.architecture;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** How a graph must end: a classifier in one Output layer, a GAN generator in the numbers of one image. */
final class Endings {
    private Endings() {
    }

    static void classifier(GraphOrder order, Map<String, TensorShape> shapes, OptionalInt expectedClasses,
                           List<Issue> issues) {
        List<String> outputs = order.order().stream()
                .filter(id -> order.node(id).spec() instanceof LayerSpec.Output).toList();
        if (outputs.isEmpty() && order.input().isPresent()) {
            issues.add(new Issue("", "The network has no Output layer: end it with one"));
        }
        for (String extra : outputs.stream().skip(1).toList()) {
            issues.add(new Issue(extra, "The network has more than one Output layer: keep one and remove this one"));
        }
        for (String id : order.order()) {
            boolean isOutput = order.node(id).spec() instanceof LayerSpec.Output;
            if (isOutput && !order.outputsOf(id).isEmpty()) {
                issues.add(new Issue(id, "Output must be the last layer: remove the connections after it"));
            } else if (!isOutput && order.outputsOf(id).isEmpty() && !outputs.isEmpty()) {
                issues.add(new Issue(id, "This layer leads nowhere: connect it to the next layer, or remove it"));
            }
        }
        expectedClasses.ifPresent(expected -> outputs.forEach(id -> {
            int classes = ((LayerSpec.Output) order.node(id).spec()).classes();
            if (classes != expected) {
                issues.add(new Issue(id, "The output has " + Shapes.count(classes, "class", "classes")
                        + " but the project has " + expected + ": set the Output's classes to " + expected));
            }
        }));
    }

    static void generator(GraphOrder order, Map<String, TensorShape> shapes, TensorShape.Image image,
                          List<Issue> issues) {
        for (String id : order.order()) {
            if (order.node(id).spec() instanceof LayerSpec.Output) {
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
