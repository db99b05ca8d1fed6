package org.whiskerstudio.rl;

/** Gym CartPole-v1's equations of motion with its constants, integrated by one explicit Euler step of 0.02 s. */
public final class CartPolePhysics {
    static final double GRAVITY = 9.8;
    static final double MASS_CART = 1.0;
    static final double MASS_POLE = 0.1;
    static final double TOTAL_MASS = MASS_CART + MASS_POLE;
    /** Half the pole's length, as Gym names it. */
    static final double LENGTH = 0.5;
    static final double POLE_MASS_LENGTH = MASS_POLE * LENGTH;
    static final double FORCE = 10.0;
    static final double TAU = 0.02;

    private CartPolePhysics() {
    }

    /** The state 0.02 s after pushing left (0) or right (1). */
    public static CartPole.State next(CartPole.State s, int action) {
        if (action != 0 && action != 1) {
            throw new IllegalArgumentException("Cart-pole actions are 0 (push left) and 1 (push right), not " + action);
        }
        double force = action == 1 ? FORCE : -FORCE;
        double cos = Math.cos(s.theta());
        double sin = Math.sin(s.theta());
        double temp = (force + POLE_MASS_LENGTH * s.thetaDot() * s.thetaDot() * sin) / TOTAL_MASS;
        double thetaAcc = (GRAVITY * sin - cos * temp)
                / (LENGTH * (4.0 / 3.0 - MASS_POLE * cos * cos / TOTAL_MASS));
        double xAcc = temp - POLE_MASS_LENGTH * thetaAcc * cos / TOTAL_MASS;
        // Gym's "euler" order: positions move with the old velocities.
        return new CartPole.State(s.x() + TAU * s.xDot(), s.xDot() + TAU * xAcc,
                s.theta() + TAU * s.thetaDot(), s.thetaDot() + TAU * thetaAcc);
    }
}
