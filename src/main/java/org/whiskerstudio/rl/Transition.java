package org.whiskerstudio.rl;

/**
 * One step an agent lived through, kept for replay. {@code terminated} (not truncated) says the next state has no
 * future; {@code nextLegal} says which actions the next state allows, for the best-next-value of the target.
 */
public record Transition(double[] observation, int action, double reward, double[] next, boolean terminated,
                         boolean[] nextLegal) {
}
