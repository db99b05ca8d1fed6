package org.whiskerstudio.bench.dl4j;

import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.whiskerstudio.deploy.dl4j.onnx.OnnxInput;
import org.whiskerstudio.deploy.dl4j.onnx.OnnxWriter;
import org.whiskerstudio.deploy.onnx.OnnxFeed;
import org.whiskerstudio.deploy.onnx.OnnxModel;

/**
 * The trained network of a speed run exported to ONNX and predicted by ONNX Runtime, the studio's other engine
 * ({@code --engine onnx}): one-image latency and batch throughput on the same prepared inputs DL4J was timed on, and
 * how far its outputs are from DL4J's on those inputs (so a fast but wrong export cannot pass for a result).
 *
 * @param oneImage       one prepared example, model only
 * @param batchPerSecond images/s over the kept test batches
 * @param maxDifference  largest absolute difference from DL4J's probabilities over the one-image examples
 */
public record OrtSpeed(SpeedBenchmark.Latency oneImage, double batchPerSecond, double maxDifference) {

    /** Exports {@code net} (fed {@code input} as DL4J lays it out) and times it with {@code threads} (0: ORT's default). */
    static OrtSpeed measure(MultiLayerNetwork net, InputType input, List<INDArray> singles, List<INDArray> batches,
                            int threads) {
        byte[] onnx = OnnxWriter.write(net, new OnnxInput.Network(input), Map.of()).toByteArray();
        try (OnnxModel session = OnnxModel.load(onnx, threads)) {
            List<OnnxFeed> one = singles.stream().map(OrtSpeed::feed).toList();
            double max = 0;
            for (int i = 0; i < singles.size(); i++) {
                float[] theirs = session.run(one.get(i))[0];
                float[] ours = net.output(singles.get(i), false).toFloatVector();
                for (int k = 0; k < ours.length; k++) {
                    max = Math.max(max, Math.abs(theirs[k] - ours[k]));
                }
            }
            double[] ms = new double[one.size()];
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < one.size(); i++) {
                    long start = System.nanoTime();
                    session.run(one.get(i));
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            List<OnnxFeed> many = batches.stream().map(OrtSpeed::feed).toList();
            many.stream().limit(10).forEach(session::run);
            long images = 0;
            long start = System.nanoTime();
            for (OnnxFeed feed : many) {
                session.run(feed);
                images += feed.batch();
            }
            return new OrtSpeed(SpeedBenchmark.Latency.of(ms), images / ((System.nanoTime() - start) / 1e9), max);
        }
    }

    private static OnnxFeed feed(INDArray x) {
        return OnnxFeed.floats(x.dup('c').reshape(x.length()).toFloatVector(), x.shape());
    }
}
