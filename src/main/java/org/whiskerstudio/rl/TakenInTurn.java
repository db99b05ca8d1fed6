package org.whiskerstudio.rl;

import java.util.List;

/**
 * Several environments of the same sizes as one, the next one taking over at each reset: how a DQN, which acts in
 * one environment, plays noughts &amp; crosses from both sides against several opponents as tabular Q-learning does.
 */
public final class TakenInTurn implements Environment {
    private final List<Environment> environments;
    private int next;
    private Environment current;

    public TakenInTurn(List<Environment> environments) {
        if (environments.isEmpty() || environments.stream().anyMatch(e -> e.actionCount()
                != environments.get(0).actionCount() || e.observationSize() != environments.get(0).observationSize())) {
            throw new IllegalArgumentException("Environments taken in turn must be at least one, all of one size");
        }
        this.environments = List.copyOf(environments);
        this.current = this.environments.get(0);
    }

    @Override
    public double[] reset(long seed) {
        current = environments.get(next);
        next = (next + 1) % environments.size();
        return current.reset(seed);
    }

    @Override
    public Step step(int action) {
        return current.step(action);
    }

    @Override
    public int actionCount() {
        return current.actionCount();
    }

    @Override
    public int observationSize() {
        return current.observationSize();
    }

    @Override
    public boolean[] legalActions() {
        return current.legalActions();
    }

    @Override
    public EnvironmentView view() {
        return current.view();
    }
}
