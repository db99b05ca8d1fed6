package org.whiskerstudio.training;

import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.architecture.AgentEnvironment;
import org.whiskerstudio.rl.EpsilonSchedule;
import org.whiskerstudio.rl.Sparring;

/**
 * What an agent run needs beyond its seed (which comes from its {@link TrainingConfig}): how it learns, for how long,
 * how fast, how it explores and, for noughts &amp; crosses, whom it plays. Kept as the run's {@code agent.json}.
 *
 * @param steps        a DQN's environment steps
 * @param episodes     tabular Q-learning's games
 * @param epsilonDecay the steps (DQN) or games (tabular) over which exploration falls from start to end
 * @param opponent     noughts &amp; crosses only: whom it learns against
 */
public record AgentSettings(Learner learner, long steps, int episodes, double learningRate, double epsilonStart,
                            double epsilonEnd, long epsilonDecay, Sparring opponent) {
    /** How the agent learns. */
    public enum Learner {
        DQN("DQN on the network"),
        TABULAR("Tabular Q-learning");

        private final String label;

        Learner(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The bench's choices: cart-pole by Double DQN (100,000 steps, Adam 5e-4, epsilon 1 to 0.04 over 8,000 steps, as
     * {@code rl.dl4j.DqnOptions.cartPole}); noughts &amp; crosses by tabular Q-learning (200,000 games at rate 0.1,
     * epsilon 1 to 0.05 over 150,000 games, against the mixed opponents), which meets the game's targets.
     */
    public static AgentSettings defaults(AgentEnvironment environment) {
        return defaults(environment == AgentEnvironment.TICTACTOE ? Learner.TABULAR : Learner.DQN);
    }

    /** A learner's defaults: a DQN's are the cart-pole bench's, a table's those of noughts &amp; crosses. */
    public static AgentSettings defaults(Learner learner) {
        return switch (learner) {
            case DQN -> new AgentSettings(Learner.DQN, 100_000, 200_000, 5e-4, 1.0, 0.04, 8_000, Sparring.MIXED);
            case TABULAR -> new AgentSettings(Learner.TABULAR, 50_000, 200_000, 0.1, 1.0, 0.05, 150_000,
                    Sparring.MIXED);
        };
    }

    /**
     * The settings as a person reads them, for the agent's "trained with" line: "100,000 steps, learning rate
     * 0.0005, epsilon 1 to 0.04 over 8,000 steps", and the opponent for a table.
     */
    public String summary() {
        String unit = learner == Learner.DQN ? "steps" : "games";
        return String.format(java.util.Locale.ROOT, "%,d %s, learning rate %s, epsilon %s to %s over %,d %s%s",
                learner == Learner.DQN ? steps : episodes, unit, plain(learningRate), plain(epsilonStart),
                plain(epsilonEnd), epsilonDecay, unit, learner == Learner.TABULAR ? ", against " + opponent.label().toLowerCase(java.util.Locale.ROOT) : "");
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The exploration schedule, in the learner's unit. */
    public EpsilonSchedule epsilon() {
        return new EpsilonSchedule(epsilonStart, epsilonEnd, epsilonDecay);
    }

    /** What is wrong for an agent in {@code environment}, one sentence each; empty when the run can start. */
    public List<String> problems(AgentEnvironment environment) {
        List<String> problems = new ArrayList<>();
        if (learner == Learner.TABULAR && environment != AgentEnvironment.TICTACTOE) {
            problems.add("Tabular Q-learning keeps a value for every state it meets; the " + environment.label()
                    .toLowerCase(java.util.Locale.ROOT) + "'s states are continuous: learn it by DQN.");
        }
        if (learner == Learner.DQN && (steps < 1 || steps > 10_000_000)) {
            problems.add("Steps must be 1 to 10,000,000 (is " + steps + ").");
        }
        if (learner == Learner.TABULAR && (episodes < 1 || episodes > 10_000_000)) {
            problems.add("Games must be 1 to 10,000,000 (is " + episodes + ").");
        }
        double highest = learner == Learner.TABULAR ? 1 : 10;
        if (!(learningRate > 0 && learningRate <= highest)) {
            problems.add("The learning rate must be above 0 and at most " + (int) highest + " (is " + learningRate
                    + ").");
        }
        if (!(epsilonStart >= 0 && epsilonStart <= 1 && epsilonEnd >= 0 && epsilonEnd <= 1)) {
            problems.add("Exploration (epsilon) runs between 0 and 1 (is " + epsilonStart + " to " + epsilonEnd
                    + ").");
        }
        if (epsilonDecay < 1) {
            problems.add("Exploration must fall over at least one " + (learner == Learner.DQN ? "step" : "game")
                    + " (is " + epsilonDecay + ").");
        }
        return problems;
    }
}
