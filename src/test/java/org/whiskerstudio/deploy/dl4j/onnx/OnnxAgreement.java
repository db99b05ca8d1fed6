package org.whiskerstudio.deploy.dl4j.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.deploy.onnx.OnnxFeed;
import org.whiskerstudio.deploy.onnx.OnnxModel;

/** Runs a network with random weights through DL4J and, exported, through ONNX Runtime, and compares. */
final class OnnxAgreement {
    static final double TOLERANCE = 1e-4;

    private OnnxAgreement() {
    }

    static MultiLayerNetwork random(MultiLayerConfiguration conf, long seed) {
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        randomise(net, seed);
        return net;
    }

    static ComputationGraph random(ComputationGraphConfiguration conf, long seed) {
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        randomise(net, seed);
        return net;
    }

    /** Every parameter (batch norm's running statistics too) uniform in [-0.5, 0.5). */
    static void randomise(Model net, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray params = net.params();
        net.setParams(Nd4j.rand(params.dataType(), params.shape()).subi(0.5));
    }

    /** The largest difference between DL4J's output and the exported model's for {@code batch} random inputs. */
    static double maxDifference(Model net, InputType type, int batch) {
        long[] shape = InputStage.shape(type);
        shape[0] = batch;
        INDArray input = Nd4j.rand(DataType.FLOAT, shape).muli(4).subi(2);
        INDArray expected = net instanceof MultiLayerNetwork chain ? chain.output(input, false)
                : ((ComputationGraph) net).outputSingle(false, input);
        float[] want = Nd4j.toFlattened('c', expected.castTo(DataType.FLOAT)).toFloatVector();
        byte[] model = OnnxWriter.write(net, new OnnxInput.Network(type), Map.of()).toByteArray();
        try (OnnxModel onnx = OnnxModel.load(model, 1)) {
            float[][] rows = onnx.run(OnnxFeed.floats(Nd4j.toFlattened('c', input).toFloatVector(), shape));
            int width = want.length / batch;
            double max = 0;
            for (int b = 0; b < batch; b++) {
                assertArrayEquals(new int[] {width}, new int[] {rows[b].length}, "values per example");
                for (int i = 0; i < width; i++) {
                    max = Math.max(max, Math.abs(rows[b][i] - want[b * width + i]));
                }
            }
            return max;
        }
    }

    static void assertAgrees(Model net, InputType type) {
        double max = maxDifference(net, type, 3);
        assertTrue(max <= TOLERANCE, "ONNX differs from DL4J by " + max);
    }
}
