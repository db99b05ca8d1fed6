package org.whiskerstudio.ui.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.whiskerstudio.rl.AgentEvaluation;
import org.whiskerstudio.rl.AgentEvaluation.Games;
import org.whiskerstudio.rl.AgentEvaluation.Returns;
import org.whiskerstudio.rl.EnvironmentView;

/**
 * What Evaluate found of an agent: the returns of greedy episodes with one of them to replay (cart-pole), or its
 * games against the random and the perfect player from both sides (noughts &amp; crosses).
 */
record AgentFigures(Optional<Returns> returns, List<EnvironmentView> replay, List<Games> games) {
    AgentFigures {
        replay = List.copyOf(replay);
        games = List.copyOf(games);
    }

    static AgentFigures episodes(Returns returns, List<EnvironmentView> replay) {
        return new AgentFigures(Optional.of(returns), replay, List.of());
    }

    static AgentFigures games(List<Games> games) {
        return new AgentFigures(Optional.empty(), List.of(), games);
    }

    /** The line above the details: the average return, or how the agent fared against each player. */
    String headline() {
        return returns.map(r -> String.format(Locale.ROOT, "Average return %.1f over %d greedy episodes (lowest %.0f, "
                + "highest %.0f). CartPole-v1 counts as solved at 475 over 100.", r.mean(), r.returns().size(), r.min(),
                r.max())).orElseGet(this::gamesHeadline);
    }

    private String gamesHeadline() {
        int lostToMinimax = games.stream().filter(g -> g.opponent().equals("minimax"))
                .mapToInt(g -> g.tally().losses() + g.tally().illegalMoves()).sum();
        String random = games.stream().filter(g -> g.opponent().equals("random"))
                .map(g -> String.format(Locale.ROOT, "%.1f%% as %s", 100 * g.tally().winRate(),
                        AgentEvaluation.side(g.agentFirst()))).reduce((a, b) -> a + ", " + b).orElse("");
        return String.format(Locale.ROOT, "Against minimax: %d lost of %d games. Against random: won %s.",
                lostToMinimax, games.stream().filter(g -> g.opponent().equals("minimax"))
                        .mapToInt(g -> g.tally().games()).sum(), random);
    }
}
