package org.whiskerstudio.deploy.dl4j.onnx;

import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationHardSigmoid;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;

/** DL4J activation functions as ONNX ops. */
final class Activations {
    private Activations() {
    }

    /** Applies {@code activation} to {@code in}; softmax runs over axis 1 (classes of a [batch, n] value). */
    static Flow apply(OnnxGraph g, String block, IActivation activation, Flow in) {
        if (activation instanceof ActivationIdentity) {
            return in;
        }
        if (activation instanceof ActivationSoftmax) {
            if (in.type().getType() != InputType.Type.FF) {
                throw new ExportRefused(block, "softmax is exported over a vector of classes only, not " + in.type());
            }
            return in.as(g.node("Softmax", block, List.of(in.name()), OnnxGraph.integer("axis", 1)));
        }
        if (activation instanceof ActivationLReLU lrelu) {
            return in.as(g.node("LeakyRelu", block, List.of(in.name()), OnnxGraph.real("alpha", lrelu.getAlpha())));
        }
        if (activation instanceof ActivationHardSigmoid) {
            // DL4J's hard sigmoid is min(1, max(0, 0.2x + 0.5)), ONNX's default
            return in.as(g.node("HardSigmoid", block, List.of(in.name())));
        }
        String op = simple(block, activation);
        return in.as(g.node(op, block, List.of(in.name())));
    }

    /** The ONNX name of an element-wise activation, as LSTM's {@code activations} attribute spells it. */
    static String simple(String block, IActivation activation) {
        return name(activation).orElseThrow(() -> new ExportRefused(block, "the activation " + activation
                + " has no ONNX counterpart here"));
    }

    private static Optional<String> name(IActivation activation) {
        if (activation instanceof ActivationReLU relu) {
            boolean plain = isZeroOrNull(relu.getThreshold()) && isZeroOrNull(relu.getNegativeSlope())
                    && relu.getMax() == null;
            return plain ? Optional.of("Relu") : Optional.empty();
        }
        if (activation instanceof ActivationTanH) {
            return Optional.of("Tanh");
        }
        if (activation instanceof ActivationSigmoid) {
            return Optional.of("Sigmoid");
        }
        if (activation instanceof ActivationHardSigmoid) {
            return Optional.of("HardSigmoid");
        }
        return Optional.empty();
    }

    private static boolean isZeroOrNull(Double value) {
        return value == null || value == 0.0;
    }
}
