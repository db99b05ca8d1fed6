package org.whiskerstudio.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.whiskerstudio.rl.Episodes;
import org.whiskerstudio.rl.GameOutcome;
import org.whiskerstudio.rl.NoughtsAndCrosses;
import org.whiskerstudio.rl.Opponent;
import org.whiskerstudio.rl.dl4j.AgentBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code whisker rl play BUNDLE}: noughts &amp; crosses against the agent on a text board (the person types a cell,
 * 1 to 9); a cart-pole agent plays episodes and prints how long each lasted.
 */
@Command(name = "play", description = "Play noughts & crosses against a trained agent on a text board (type the "
        + "cell's number, 1-9), or watch a cart-pole agent's episodes.")
final class RlPlayCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "an agent bundle from whisker rl train")
    private Path bundle;

    @Option(names = "--agent-first", description = "the agent plays X and starts (noughts & crosses)")
    private boolean agentFirst;

    @Option(names = "--episodes", description = "cart-pole episodes to play (default: ${DEFAULT-VALUE})")
    private int episodes = 5;

    @Option(names = "--seed", description = "default: ${DEFAULT-VALUE}")
    private long seed = 1;

    @Override
    public Integer call() throws IOException {
        AgentBundle agent = AgentBundle.load(bundle);
        PrintWriter out = spec.commandLine().getOut();
        switch (agent.environment()) {
            case TICTACTOE -> playTicTacToe(agent, out);
            case CARTPOLE -> {
                SplittableRandom seeds = new SplittableRandom(seed);
                for (int i = 1; i <= episodes; i++) {
                    Episodes.Result result = Episodes.play(agent.environment().create(), agent.policy(),
                            seeds.nextLong());
                    out.printf(Locale.ROOT, "episode %d: return %.0f, %d steps%s%n", i, result.episodeReturn(),
                            result.length(), result.length() >= 500 ? " (the 500-step limit: balanced throughout)" : "");
                }
            }
        }
        out.flush();
        return 0;
    }

    private void playTicTacToe(AgentBundle agent, PrintWriter out) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        NoughtsAndCrosses game = new NoughtsAndCrosses(person(in, out), agentFirst);
        out.printf("You play %s. Type a free cell's number and Enter.%n", agentFirst ? "O" : "X");
        double[] observation = game.reset(seed);
        while (game.outcome().isEmpty()) {
            observation = game.step(agent.policy().act(observation, game.legalActions())).observation();
        }
        out.print(game.board().drawn());
        GameOutcome result = game.outcome().orElseThrow();
        out.println(switch (result) {
            case WIN -> "The agent wins.";
            case LOSS -> "You win!";
            case DRAW -> "A draw.";
            case ILLEGAL_MOVE -> "The agent played a taken cell and forfeits.";
        });
    }

    /** The person at the terminal as the agent's opponent: shows the board, reads a free cell. */
    private static Opponent person(BufferedReader in, PrintWriter out) {
        return (board, random) -> {
            while (true) {
                out.print(board.drawn());
                out.print("Your move (1-9): ");
                out.flush();
                int cell = readCell(in) - 1;
                if (board.isFree(cell)) {
                    return cell;
                }
                out.println("That cell is not free.");
            }
        };
    }

    private static int readCell(BufferedReader in) {
        try {
            String line = in.readLine();
            if (line == null) {
                throw new IllegalStateException("The input ended before the game did");
            }
            return line.trim().matches("[1-9]") ? Integer.parseInt(line.trim()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
