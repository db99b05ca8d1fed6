package org.whiskerstudio.rl.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.rl.CartPole;
import org.whiskerstudio.rl.EpsilonSchedule;
import org.whiskerstudio.rl.Episodes;

class DqnTest {

    /** A small, quick cart-pole learner: updates every step from step 200. */
    private static DqnOptions quick(long steps, long seed) {
        return new DqnOptions(DqnOptions.relu(64, 64), 1e-3, 0.99, steps, 32, 10_000, 200, 1, 1, 100, 1.0,
                new EpsilonSchedule(1.0, 0.05, steps / 2), true, seed);
    }

    @Test
    void theSameSeedGivesTheSameReturns() {
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        new Dqn(new CartPole(), quick(600, 3)).train(r -> first.add(r.episodeReturn()));
        new Dqn(new CartPole(), quick(600, 3)).train(r -> second.add(r.episodeReturn()));
        assertFalse(first.isEmpty());
        assertEquals(first, second);
    }

    @Test
    void theTargetNetworkStaysPutBetweenUpdatesAndThenCopiesOrBlends() {
        Dqn dqn = new Dqn(new CartPole(), quick(300, 1));
        dqn.train(r -> true);
        double[] targetBefore = dqn.targetNetwork().weights();
        dqn.update();
        assertArrayEquals(targetBefore, dqn.targetNetwork().weights(), "an update moves only the online network");
        double[] online = dqn.network().weights();
        assertFalse(Arrays.equals(online, targetBefore));

        QNetwork soft = dqn.targetNetwork().copy();
        soft.blend(dqn.network(), 0.25);
        double[] blended = soft.weights();
        for (int i = 0; i < blended.length; i += 97) {
            assertEquals(0.75 * targetBefore[i] + 0.25 * online[i], blended[i], 1e-6);
        }
        dqn.targetNetwork().blend(dqn.network(), 1.0);
        assertArrayEquals(online, dqn.targetNetwork().weights(), 1e-7);
    }

    @Test
    void aShortRunBalancesThePoleLongerThanTheUntrainedNetwork() {
        Dqn dqn = new Dqn(new CartPole(), quick(6_000, 5));
        double before = Episodes.averageReturn(new CartPole(), dqn.network(), 20, 11);
        dqn.train(r -> true);
        double after = Episodes.averageReturn(new CartPole(), dqn.network(), 20, 11);
        assertTrue(after > 2 * before && after > 50, "average return " + after + " after training, " + before
                + " before");
    }

    @Test
    void aSavedNetworkLoadsWithTheSameValues(@TempDir Path dir) throws IOException {
        QNetwork network = new Dqn(new CartPole(), quick(300, 2)).network();
        Path file = dir.resolve("network.zip");
        try (OutputStream out = Files.newOutputStream(file)) {
            network.save(out);
        }
        QNetwork back = QNetwork.load(file, "network.zip");
        double[] observation = {0.01, -0.02, 0.03, 0.04};
        assertArrayEquals(network.values(observation), back.values(observation), 1e-7);
        double[] other = {-0.03, 0.02, -0.01, 0.05};
        double[][] both = network.valuesOfAll(new double[][] {observation, other});
        assertArrayEquals(network.values(other), both[1], 1e-6);
    }
}
