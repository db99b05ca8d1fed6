package org.whiskerstudio.rl;

/**
 * What one action led to. {@code terminated}: the episode reached an end of its own (a game won, a pole fallen);
 * {@code truncated}: it was cut off by a step limit, so the state still has a future worth bootstrapping from.
 */
public record Step(double[] observation, double reward, boolean terminated, boolean truncated) {
    public Step {
        observation = observation.clone();
    }

    @Override
    public double[] observation() {
        return observation.clone();
    }

    public boolean done() {
        return terminated || truncated;
    }
}
