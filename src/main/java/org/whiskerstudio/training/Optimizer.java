package org.whiskerstudio.training;

/** The weight update rule. */
public enum Optimizer {
    ADAM("Adam", 1e-3), SGD_MOMENTUM("SGD + momentum 0.9", 1e-2), RMSPROP("RMSProp", 1e-3);

    private final String label;
    private final double defaultLearningRate;

    Optimizer(String label, double defaultLearningRate) {
        this.label = label;
        this.defaultLearningRate = defaultLearningRate;
    }

    public String label() {
        return label;
    }

    /** A learning rate that usually works with this rule. */
    public double defaultLearningRate() {
        return defaultLearningRate;
    }
}
