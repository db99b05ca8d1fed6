package org.whiskerstudio.training.dl4j;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.whiskerstudio.dataset.text.CharWindows;

/**
 * Inference-mode loss (mean nats per character) and next-character accuracy over every window of a text part,
 * computed from the softmax outputs so it does not depend on how DL4J scales its score.
 */
record CharScore(double loss, double accuracy) {
    static CharScore of(MultiLayerNetwork net, CharWindows windows, int vocabulary, int batchSize) {
        double nats = 0;
        long right = 0;
        long characters = 0;
        int steps = windows.steps();
        for (int[] batch : windows.inOrder(batchSize)) {
            DataSet data = CharBatches.of(windows, batch, vocabulary);
            // One copy out of the backend: element-wise getDouble calls cost more than the forward pass.
            float[] p = net.output(data.getFeatures(), false).dup('c').data().asFloat();
            for (int b = 0; b < batch.length; b++) {
                for (int t = 0; t < steps; t++) {
                    int target = windows.target(batch[b], t);
                    int base = b * vocabulary * steps + t;
                    nats -= Math.log(Math.max(p[base + target * steps], 1e-12));
                    right += argmax(p, base, steps, vocabulary) == target ? 1 : 0;
                    characters++;
                }
            }
        }
        net.rnnClearPreviousState();
        return new CharScore(nats / characters, (double) right / characters);
    }

    private static int argmax(float[] p, int base, int steps, int vocabulary) {
        int best = 0;
        double max = -1;
        for (int v = 0; v < vocabulary; v++) {
            double x = p[base + v * steps];
            if (x > max) {
                max = x;
                best = v;
            }
        }
        return best;
    }
}
