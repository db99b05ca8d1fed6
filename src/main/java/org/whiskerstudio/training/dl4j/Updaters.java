package org.whiskerstudio.training.dl4j;

import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.whiskerstudio.training.Optimizer;

/** Our optimisers as DL4J updaters; the rate set here is the first epoch's, the trainer sets each epoch's own. */
public final class Updaters {
    /** The momentum of {@link Optimizer#SGD_MOMENTUM}, as its label promises. */
    public static final double MOMENTUM = 0.9;

    private Updaters() {
    }

    public static IUpdater of(Optimizer optimizer, double learningRate) {
        return switch (optimizer) {
            case ADAM -> new Adam(learningRate);
            case SGD_MOMENTUM -> new Nesterovs(learningRate, MOMENTUM);
            case RMSPROP -> new RmsProp(learningRate);
        };
    }
}
