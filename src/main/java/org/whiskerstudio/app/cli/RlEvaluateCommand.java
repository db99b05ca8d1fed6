package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.rl.AgentEvaluation;
import org.whiskerstudio.rl.EnvironmentKind;
import org.whiskerstudio.rl.dl4j.AgentBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code whisker rl evaluate BUNDLE}: the agent's average return over greedy episodes; for noughts &amp; crosses its
 * wins, draws and losses against the random and the perfect (minimax) player, as first and as second player.
 */
@Command(name = "evaluate", description = "Average return of a trained agent over N greedy episodes; for noughts & "
        + "crosses, wins/draws/losses against a random and a minimax player, first and second.")
final class RlEvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "an agent bundle from whisker rl train")
    private Path bundle;

    @Option(names = "--episodes", description = "episodes (games per opponent and side) (default: ${DEFAULT-VALUE})")
    private int episodes = 100;

    @Option(names = "--seed", description = "default: ${DEFAULT-VALUE}")
    private long seed = 1;

    @Override
    public Integer call() throws IOException {
        if (episodes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--episodes must be at least 1");
        }
        AgentBundle agent = AgentBundle.load(bundle);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s agent (%s)%n", agent.environment().label(), agent.trainedWith());
        out.printf(Locale.ROOT, "average return over %d episodes%s: %.3f%n", episodes,
                agent.environment() == EnvironmentKind.TICTACTOE ? " (first, against random)" : "",
                AgentEvaluation.returns(agent.environment(), agent.policy(), episodes, seed, Progress.NONE,
                        Cancellation.none()).orElseThrow().mean());
        switch (agent.environment()) {
            case TICTACTOE -> AgentEvaluation.games(agent.policy(), episodes, seed, Progress.NONE, Cancellation.none())
                    .orElseThrow().forEach(row -> out.printf("vs %-7s as %-6s %s%n", row.opponent(),
                            AgentEvaluation.side(row.agentFirst()), row.tally()));
            case CARTPOLE -> out.printf(Locale.ROOT, "(CartPole-v1 counts as solved at 475 over 100 episodes)%n");
        }
        out.flush();
        return 0;
    }
}
