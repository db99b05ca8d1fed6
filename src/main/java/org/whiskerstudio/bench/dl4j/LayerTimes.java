package org.whiskerstudio.bench.dl4j;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.Detector;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;

/**
 * Where a detector's training step spends its time: each layer's forward pass (training mode) and backward pass
 * (the gradient of a random error at its output) timed alone on a random batch, median of several, so the costly
 * layers of a template show before its shape is changed. The output layer (the YOLO loss) is timed forward only.
 */
public final class LayerTimes {
    private LayerTimes() {
    }

    /** Prints one row per layer: its kind, output shape, forward and backward median milliseconds and share. */
    public static void print(LayerGraph graph, int batch, int repeats, PrintWriter out) {
        MultiLayerNetwork net = new MultiLayerNetwork(Dl4jModels.multiLayer(graph, 1));
        net.init();
        net.initGradientsView();
        INDArray input = Nd4j.rand(inputShape(graph, batch)).subi(0.5);
        List<INDArray> activations = net.feedForward(input, true);
        LayerWorkspaceMgr none = LayerWorkspaceMgr.noWorkspaces();
        int layers = net.getnLayers();
        double[][] times = new double[layers][2];
        double total = 0;
        for (int i = 0; i < layers; i++) {
            Layer layer = net.getLayer(i);
            INDArray in = activations.get(i);
            times[i][0] = median(repeats, () -> layer.activate(in.dup(), true, none));
            if (i < layers - 1) {
                INDArray error = Nd4j.rand(activations.get(i + 1).shape()).subi(0.5);
                times[i][1] = median(repeats, () -> {
                    layer.activate(in.dup(), true, none);
                    layer.backpropGradient(error.dup(), none);
                }) - times[i][0];
            }
            total += times[i][0] + Math.max(0, times[i][1]);
        }
        out.printf(Locale.ROOT, "per-layer time at batch %d (median of %d; backward = forward+backward - forward)%n",
                batch, repeats);
        for (int i = 0; i < layers; i++) {
            double both = times[i][0] + Math.max(0, times[i][1]);
            out.printf(Locale.ROOT, "%2d %-28s %-16s forward %7.1f ms  backward %7.1f ms  %5.1f%%%n", i,
                    net.getLayer(i).getClass().getSimpleName(), Arrays.toString(activations.get(i + 1).shape()),
                    times[i][0], times[i][1], 100 * both / total);
        }
        out.printf(Locale.ROOT, "sum %.1f ms a batch = %.1f images/s at most%n", total, batch * 1000 / total);
        out.flush();
    }

    private static long[] inputShape(LayerGraph graph, int batch) {
        TensorShape.Image image = Detector.of(graph).orElseThrow().input();
        return new long[] {batch, image.channels(), image.height(), image.width()};
    }

    private static double median(int repeats, Runnable step) {
        step.run();
        double[] millis = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            step.run();
            millis[r] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        return millis[repeats / 2];
    }
}
