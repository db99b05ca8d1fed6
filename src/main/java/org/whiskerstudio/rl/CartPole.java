package org.whiskerstudio.rl;

import java.util.SplittableRandom;

/**
 * The cart-pole balancing task of Barto, Sutton &amp; Anderson (1983) as OpenAI Gym's CartPole-v1 defines it: push the
 * cart left (0) or right (1) with 10 N; reward 1 for every step, the last one included; the episode ends when the
 * pole leans more than 12 degrees or the cart leaves +-2.4 m, and is truncated after 500 steps. Observation: cart
 * position, cart velocity, pole angle, pole angular velocity.
 */
public final class CartPole implements Environment {
    public static final int MAX_STEPS = 500;
    static final double X_THRESHOLD = 2.4;
    static final double THETA_THRESHOLD = 12 * 2 * Math.PI / 360;

    private State state = new State(0, 0, 0, 0);
    private int steps;
    private boolean done = true;

    /** The four numbers of the cart and pole. */
    public record State(double x, double xDot, double theta, double thetaDot) {
        double[] toArray() {
            return new double[] {x, xDot, theta, thetaDot};
        }

        boolean fallen() {
            return x < -X_THRESHOLD || x > X_THRESHOLD || theta < -THETA_THRESHOLD || theta > THETA_THRESHOLD;
        }
    }

    /** Gym's starting state: each of the four numbers uniform in [-0.05, 0.05). */
    @Override
    public double[] reset(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        state = new State(start(random), start(random), start(random), start(random));
        steps = 0;
        done = false;
        return state.toArray();
    }

    private static double start(SplittableRandom random) {
        return random.nextDouble(-0.05, 0.05);
    }

    @Override
    public Step step(int action) {
        if (done) {
            throw new IllegalStateException("The episode is over: reset the cart-pole first");
        }
        state = CartPolePhysics.next(state, action);
        steps++;
        boolean terminated = state.fallen();
        boolean truncated = !terminated && steps >= MAX_STEPS;
        done = terminated || truncated;
        return new Step(state.toArray(), 1.0, terminated, truncated);
    }

    @Override
    public int actionCount() {
        return 2;
    }

    @Override
    public int observationSize() {
        return 4;
    }

    @Override
    public boolean[] legalActions() {
        return new boolean[] {true, true};
    }

    @Override
    public EnvironmentView view() {
        return new EnvironmentView.CartView(state.x(), state.theta(), X_THRESHOLD);
    }
}
