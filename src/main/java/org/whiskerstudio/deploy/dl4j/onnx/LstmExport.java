package org.whiskerstudio.deploy.dl4j.onnx;

import java.util.List;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;

/**
 * DL4J's LSTM as ONNX LSTM. DL4J packs the four gate blocks of W, RW and b as columns in the order c (cell input),
 * f, o, i; ONNX wants rows in the order i, o, f, c.
 */
final class LstmExport {
    /** ONNX gate i, o, f, c taken from DL4J's block 3, 2, 1, 0. */
    private static final int[] DL4J_BLOCK = {3, 2, 1, 0};

    private LstmExport() {
    }

    /** With {@code lastStepOnly} the output is the final hidden state [batch, units]; else [batch, units, steps]. */
    static Flow lstm(OnnxGraph g, String block, LSTM conf, Weights w, Flow in, boolean lastStepOnly) {
        if (!(in.type() instanceof InputType.InputTypeRecurrent sequence) || conf.getRnnDataFormat() != RNNFormat.NCW) {
            throw new ExportRefused(block, "it expects a [batch, features, steps] sequence but receives " + in.type());
        }
        int inputs = (int) sequence.getSize();
        int units = (int) conf.getNOut();
        float[] input = gatesAsRows(w.flat("W"), inputs, units);
        float[] recurrent = gatesAsRows(w.flat("RW"), units, units);
        float[] bias = new float[8 * units];
        float[] dl4jBias = w.flat("b");
        for (int gate = 0; gate < 4; gate++) {
            System.arraycopy(dl4jBias, DL4J_BLOCK[gate] * units, bias, gate * units, units);
        }
        String timeMajor = g.node("Transpose", block, List.of(in.name()), OnnxGraph.ints("perm", 2, 0, 1));
        String gate = Activations.simple(block, conf.getGateActivationFn());
        String cell = Activations.simple(block, conf.getActivationFn());
        List<String> outputs = g.nodeOutputs("LSTM", block, List.of(timeMajor,
                g.floats(block + "_W", input, 1, 4L * units, inputs),
                g.floats(block + "_R", recurrent, 1, 4L * units, units),
                g.floats(block + "_B", bias, 1, 8L * units)), 2,
                OnnxGraph.integer("hidden_size", units), OnnxGraph.texts("activations", gate, cell, cell));
        if (lastStepOnly) {
            String last = g.node("Squeeze", block, List.of(outputs.get(1), g.longs(block + "_axes", 0)));
            return new Flow(last, InputType.feedForward(units));
        }
        // Y is [steps, directions, batch, units]
        String steps = g.node("Squeeze", block, List.of(outputs.get(0), g.longs(block + "_axes", 1)));
        String back = g.node("Transpose", block, List.of(steps), OnnxGraph.ints("perm", 1, 2, 0));
        return new Flow(back, InputType.recurrent(units, sequence.getTimeSeriesLength()));
    }

    /** DL4J's [rows, 4 x units] (gate blocks as columns) as ONNX's [4 x units, rows] in gate order i, o, f, c. */
    private static float[] gatesAsRows(float[] dl4j, int rows, int units) {
        float[] out = new float[4 * units * rows];
        for (int gate = 0; gate < 4; gate++) {
            int column0 = DL4J_BLOCK[gate] * units;
            for (int u = 0; u < units; u++) {
                for (int r = 0; r < rows; r++) {
                    out[(gate * units + u) * rows + r] = dl4j[r * 4 * units + column0 + u];
                }
            }
        }
        return out;
    }
}
