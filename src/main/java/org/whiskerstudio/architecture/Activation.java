package org.whiskerstudio.architecture;

/** Activation functions offered in the editor. */
public enum Activation {
    IDENTITY, RELU, LEAKY_RELU, TANH, SIGMOID, SOFTMAX
}
