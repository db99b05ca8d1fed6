package org.whiskerstudio.deploy.dl4j.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;

/** Dense and output layers (also per time step) and batch normalisation. */
final class DenseExport {
    private DenseExport() {
    }

    /** A DenseLayer or OutputLayer: x W + b, then the activation. */
    static Flow dense(OnnxGraph g, String block, FeedForwardLayer conf, boolean hasBias, Weights w, Flow in) {
        if (in.type().getType() != InputType.Type.FF) {
            throw new ExportRefused(block, "it expects a vector but receives " + in.type());
        }
        List<String> inputs = new ArrayList<>(List.of(in.name(), g.floats(block + "_W", w.flat("W"), w.shape("W"))));
        if (hasBias) {
            inputs.add(g.floats(block + "_b", w.flat("b"), conf.getNOut()));
        }
        Flow out = new Flow(g.node("Gemm", block, inputs), InputType.feedForward(conf.getNOut()));
        return Activations.apply(g, block, conf.getActivationFn(), out);
    }

    /** An RnnOutputLayer: the same dense layer at every step of a [batch, features, steps] sequence. */
    static Flow denseOverTime(OnnxGraph g, String block, RnnOutputLayer conf, Weights w, Flow in) {
        if (!(in.type() instanceof InputType.InputTypeRecurrent sequence) || conf.getRnnDataFormat() != RNNFormat.NCW) {
            throw new ExportRefused(block, "it expects a [batch, features, steps] sequence but receives " + in.type());
        }
        String steps = g.node("Transpose", block, List.of(in.name()), OnnxGraph.ints("perm", 0, 2, 1));
        String product = g.node("MatMul", block, List.of(steps, g.floats(block + "_W", w.flat("W"), w.shape("W"))));
        if (conf.hasBias()) {
            product = g.node("Add", block, List.of(product, g.floats(block + "_b", w.flat("b"), conf.getNOut())));
        }
        String activated = product;
        if (conf.getActivationFn() instanceof ActivationSoftmax) {
            activated = g.node("Softmax", block, List.of(product), OnnxGraph.integer("axis", -1));
        } else {
            activated = Activations.apply(g, block, conf.getActivationFn(), new Flow(product, in.type())).name();
        }
        String back = g.node("Transpose", block, List.of(activated), OnnxGraph.ints("perm", 0, 2, 1));
        return new Flow(back, InputType.recurrent(conf.getNOut(), sequence.getTimeSeriesLength()));
    }

    /**
     * Inference-mode batch normalisation. DL4J M2.1 keeps log10 of the standard deviation by default
     * ({@code useLogStd}); ONNX wants the variance, and both add epsilon to it.
     */
    static Flow batchNorm(OnnxGraph g, String block, BatchNormalization conf, Weights w, Flow in) {
        if (in.type() instanceof InputType.InputTypeConvolutional image && image.getFormat() != CNN2DFormat.NCHW
                || conf.getCnn2DFormat() != CNN2DFormat.NCHW) {
            throw new ExportRefused(block, "only channels-first (NCHW) images are exported");
        }
        if (in.type().getType() != InputType.Type.CNN && in.type().getType() != InputType.Type.FF) {
            throw new ExportRefused(block, "batch normalisation of " + in.type() + " is not exported");
        }
        float[] mean = w.flat("mean");
        int n = mean.length;
        float[] variance;
        if (w.has("log10stdev")) {
            float[] log10Std = w.flat("log10stdev");
            variance = new float[n];
            for (int i = 0; i < n; i++) {
                variance[i] = (float) Math.pow(10, 2.0 * log10Std[i]);
            }
        } else {
            variance = w.flat("var");
        }
        float[] gamma = conf.isLockGammaBeta() ? filled(n, conf.getGamma()) : w.flat("gamma");
        float[] beta = conf.isLockGammaBeta() ? filled(n, conf.getBeta()) : w.flat("beta");
        String out = g.node("BatchNormalization", block, List.of(in.name(), g.floats(block + "_gamma", gamma, n),
                g.floats(block + "_beta", beta, n), g.floats(block + "_mean", mean, n),
                g.floats(block + "_var", variance, n)), OnnxGraph.real("epsilon", conf.getEps()));
        // DL4J's batch normalisation applies no activation, whatever the configuration's default says
        return in.as(out);
    }

    private static float[] filled(int n, double value) {
        float[] a = new float[n];
        Arrays.fill(a, (float) value);
        return a;
    }
}
