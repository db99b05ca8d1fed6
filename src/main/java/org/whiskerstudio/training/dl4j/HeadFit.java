package org.whiskerstudio.training.dl4j;

import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.whiskerstudio.architecture.LayerGraph;

/**
 * A replaced output layer fitted alone on the kept layers' features before a continued run's first epoch: linear
 * probing, then fine-tuning (Kumar et al., "Fine-Tuning can Distort Pretrained Features and Underperform
 * Out-of-Distribution", ICLR 2022). Fine-tuned from a blank output layer, the first steps' gradients reach the kept
 * layers while the output still guesses, and on a few examples the run ends before it has learned what the kept
 * layers already tell apart: measured with {@code whisker bench transfer}, 100 new-class images at the Train screen's
 * defaults scored 5.9 points below new weights. Fitting the output first starts the run from what the kept features
 * can say. The layers below stay as the start model had them while it fits (learning rate 0, as in frozen epochs).
 */
final class HeadFit {
    /** Steps at most: the output layer over fixed features is a convex problem that this many Adam steps settle. */
    static final int MAX_STEPS = 200;
    /**
     * Its learning rate, as a multiple of the run's: a convex fit takes larger steps than the whole network. Measured
     * on {@code bench transfer} (one seed): 1x left the default row at +5.36 points; 10x gave +6.94 there but, with
     * batch 10 and two frozen epochs, an output so sure of the 100 training images that the run ended 6.48 points
     * below new weights; 3x gave +6.92 and +2.68.
     */
    static final double RATE_FACTOR = 3;
    /** Passes over the data are seeded apart from the run's epochs, which stay as a run from new weights has them. */
    private static final int FIRST_PASS = 1_000_000;

    private HeadFit() {
    }

    /**
     * Fits the output layer for up to {@link #MAX_STEPS} steps over passes of {@code passes}; returns the steps taken,
     * fewer when {@code goOn} says stop (the run's first epoch then ends it as any stop does).
     */
    static int fit(Network net, LayerGraph graph, double rate, IntFunction<DataSetIterator> passes,
                   BooleanSupplier goOn) {
        net.setLearningRate(rate * RATE_FACTOR);
        RunStart.freezeBelowOutput(net, graph);
        int steps = 0;
        for (int pass = 0; steps < MAX_STEPS; pass++) {
            DataSetIterator batches = passes.apply(FIRST_PASS + pass);
            if (!batches.hasNext()) {
                return steps;
            }
            while (batches.hasNext() && steps < MAX_STEPS) {
                if (!goOn.getAsBoolean()) {
                    return steps;
                }
                DataSet batch = batches.next();
                net.fit(batch);
                steps++;
            }
        }
        return steps;
    }
}
