package org.whiskerstudio.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CartPoleTest {

    @Test
    void aPushRightFromRestFollowsGymsEquationsWorkedByHand() {
        // temp = 10 / 1.1 = 9.0909; thetaacc = -temp / (0.5 * (4/3 - 0.1/1.1)) = -14.6341;
        // xacc = temp - 0.05 * thetaacc / 1.1 = 9.7561. Euler: positions keep the old (zero) velocities.
        CartPole.State next = CartPolePhysics.next(new CartPole.State(0, 0, 0, 0), 1);
        assertEquals(0, next.x(), 1e-12);
        assertEquals(0.02 * 9.7560976, next.xDot(), 1e-7);
        assertEquals(0, next.theta(), 1e-12);
        assertEquals(0.02 * -14.6341463, next.thetaDot(), 1e-7);
    }

    @Test
    void aLeaningSpinningPoleFollowsTheSameEquations() {
        // theta = 0.1 rad, thetaDot = 0.3 rad/s, pushed left (-10 N).
        double sin = Math.sin(0.1);
        double cos = Math.cos(0.1);
        double temp = (-10 + 0.05 * 0.3 * 0.3 * sin) / 1.1;
        double thetaAcc = (9.8 * sin - cos * temp) / (0.5 * (4.0 / 3.0 - 0.1 * cos * cos / 1.1));
        double xAcc = temp - 0.05 * thetaAcc * cos / 1.1;
        CartPole.State next = CartPolePhysics.next(new CartPole.State(0.5, 0.2, 0.1, 0.3), 0);
        assertEquals(0.5 + 0.02 * 0.2, next.x(), 1e-12);
        assertEquals(0.2 + 0.02 * xAcc, next.xDot(), 1e-12);
        assertEquals(0.1 + 0.02 * 0.3, next.theta(), 1e-12);
        assertEquals(0.3 + 0.02 * thetaAcc, next.thetaDot(), 1e-12);
        assertTrue(thetaAcc > 0, "pushing the cart left tips a right-leaning pole further right");
    }

    @Test
    void startsWithinFiveHundredthsAndTheSameSeedStartsTheSame() {
        CartPole env = new CartPole();
        double[] first = env.reset(7);
        for (double v : first) {
            assertTrue(Math.abs(v) <= 0.05);
        }
        assertArrayEquals(first, new CartPole().reset(7));
        assertFalse(java.util.Arrays.equals(first, env.reset(8)));
    }

    @Test
    void pushingOneWayEndsWhenThePolePassesTwelveDegreesWithRewardOnTheLastStep() {
        CartPole env = new CartPole();
        env.reset(1);
        Step step;
        int steps = 0;
        double total = 0;
        do {
            step = env.step(1);
            steps++;
            total += step.reward();
        } while (!step.done());
        assertTrue(step.terminated());
        assertFalse(step.truncated());
        assertTrue(Math.abs(step.observation()[2]) > 12 * 2 * Math.PI / 360);
        assertEquals(steps, total);
        assertTrue(steps < 20, "one-way pushing topples the pole in a few steps, not " + steps);
        assertThrows(IllegalStateException.class, () -> env.step(0));
    }

    @Test
    void aBalancingControllerIsTruncatedAtFiveHundredSteps() {
        CartPole env = new CartPole();
        double[] o = env.reset(3);
        Step step;
        int steps = 0;
        do {
            // A hand-tuned linear controller on angle and angular velocity keeps the pole up.
            step = env.step(o[2] + 0.5 * o[3] + 0.01 * o[0] + 0.1 * o[1] > 0 ? 1 : 0);
            o = step.observation();
            steps++;
        } while (!step.done());
        assertEquals(CartPole.MAX_STEPS, steps);
        assertTrue(step.truncated());
        assertFalse(step.terminated());
    }

    @Test
    void theCartLeavingTheTrackEnds() {
        CartPole.State outside = new CartPole.State(2.41, 0, 0, 0);
        assertTrue(outside.fallen());
        assertFalse(new CartPole.State(2.39, 0, 0.2, 0).fallen());
        assertTrue(new CartPole.State(0, 0, -0.21, 0).fallen());
        assertThrows(IllegalArgumentException.class, () -> CartPolePhysics.next(outside, 2));
    }

    @Test
    void episodesPlayedSideBySideReturnWhatTheyReturnOneByOne() {
        Policy controller = o -> new double[] {0, o[2] + 0.5 * o[3]};
        double oneByOne = Episodes.averageReturn(new CartPole(), controller, 12, 5);
        assertEquals(oneByOne, Episodes.averageReturn(CartPole::new, controller, 12, 5), 1e-12);
        assertTrue(oneByOne > 100, "the controller balances for a while: " + oneByOne);
    }
}
