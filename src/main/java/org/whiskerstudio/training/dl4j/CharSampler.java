package org.whiskerstudio.training.dl4j;

import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.whiskerstudio.dataset.text.CharVocabulary;

/**
 * Writes text with a next-character network: the primer is read in one pass, then each character is drawn from the
 * softmax sharpened or flattened by the temperature ({@code p^(1/T)}, renormalised) with a seeded generator, and fed
 * back. The network's recurrent state is cleared before and after, so sampling in the middle of training leaves
 * nothing behind.
 */
final class CharSampler {

    private CharSampler() {
    }

    /** The primer followed by {@code length} generated characters. */
    static String sample(MultiLayerNetwork net, CharVocabulary vocabulary, String primer, int length,
                         double temperature, long seed) {
        if (primer.isEmpty()) {
            throw new IllegalArgumentException("the primer needs at least one character");
        }
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(primer);
        net.rnnClearPreviousState();
        try {
            INDArray output = net.rnnTimeStep(CharBatches.oneHot(vocabulary.encode(primer), vocabulary.size()));
            for (int i = 0; i < length; i++) {
                long last = output.size(2) - 1;
                double[] p = new double[vocabulary.size()];
                for (int v = 0; v < p.length; v++) {
                    p[v] = output.getDouble(0, v, last);
                }
                int next = draw(p, temperature, random);
                out.append(vocabulary.symbol(next));
                output = net.rnnTimeStep(CharBatches.oneHot(new int[] {next}, vocabulary.size()));
            }
        } finally {
            net.rnnClearPreviousState();
        }
        return out.toString();
    }

    /** Index drawn from {@code p} at {@code temperature}; in log space so a low temperature cannot overflow. */
    static int draw(double[] p, double temperature, Random random) {
        double[] logits = new double[p.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            logits[i] = Math.log(Math.max(p[i], 1e-30)) / temperature;
            max = Math.max(max, logits[i]);
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            logits[i] = Math.exp(logits[i] - max);
            sum += logits[i];
        }
        double u = random.nextDouble() * sum;
        for (int i = 0; i < p.length; i++) {
            u -= logits[i];
            if (u <= 0) {
                return i;
            }
        }
        return p.length - 1;
    }
}
