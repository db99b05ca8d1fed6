package org.whiskerstudio.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GreedyChecksTest {
    private static EpisodeReport episode(int n, double episodeReturn) {
        return new EpisodeReport(n, n * 500L, episodeReturn, (int) episodeReturn, 0.05, 0.1);
    }

    /** The episodes after which a check is due, for returns given per episode from episode 1. */
    private static List<Integer> due(GreedyChecks checks, double... returns) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < returns.length; i++) {
            if (checks.due(episode(i + 1, returns[i]))) {
                at.add(i + 1);
            }
        }
        return at;
    }

    @Test
    void onlyCartPoleHasASolvedLine() {
        assertEquals(475, EnvironmentKind.CARTPOLE.solvedReturn().getAsDouble());
        assertTrue(GreedyChecks.of(EnvironmentKind.CARTPOLE, Optional.empty()).isPresent());
        assertTrue(EnvironmentKind.TICTACTOE.solvedReturn().isEmpty());
        assertTrue(GreedyChecks.of(EnvironmentKind.TICTACTOE, Optional.empty()).isEmpty());
    }

    @Test
    void aCheckIsDueWhenTenTrainingEpisodesAverageNearTheLineAndAtMostEveryTenEpisodes() {
        GreedyChecks checks = new GreedyChecks(475, Optional.empty());
        double[] returns = new double[40];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = i < 9 ? 500 : 450; // nine good episodes are too few; from the tenth on the mean is >= 450
        }
        assertEquals(List.of(10, 20, 30, 40), due(checks, returns));

        GreedyChecks low = new GreedyChecks(475, Optional.empty());
        double[] under = new double[30];
        java.util.Arrays.fill(under, 449.9);
        assertEquals(List.of(), due(low, under));
    }

    @Test
    void keepsTheBestCheckAndSaysWhenOneSolves() {
        GreedyChecks checks = new GreedyChecks(475, Optional.empty());
        GreedyChecks.Check first = new GreedyChecks.Check(300, 60_000, 400);
        GreedyChecks.Check better = new GreedyChecks.Check(470, 70_000, 420);
        GreedyChecks.Check worse = new GreedyChecks.Check(120, 90_000, 600);
        assertTrue(checks.record(first));
        assertTrue(checks.record(better));
        assertFalse(checks.record(worse), "a worse check does not replace the kept network");
        assertEquals(better, checks.best().orElseThrow());
        assertEquals(3, checks.count());
        assertFalse(checks.solves(better));
        assertTrue(checks.solves(new GreedyChecks.Check(475, 95_000, 610)), "the line itself solves");
    }

    @Test
    void aResumedRunMustBeatTheBestOfItsEarlierSessions() {
        GreedyChecks checks = new GreedyChecks(475, Optional.of(new GreedyChecks.Check(460, 80_000, 500)));
        assertFalse(checks.record(new GreedyChecks.Check(300, 85_000, 520)));
        assertEquals(460, checks.best().orElseThrow().mean());
        assertTrue(checks.record(new GreedyChecks.Check(480, 90_000, 540)));
    }
}
