package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code whisker rl train|play|evaluate}: an agent trained, saved as a bundle, loaded, played and judged. */
class RlCommandsTest {
    @TempDir
    Path temp;

    private static String run(int expectedExit, String... args) {
        PredictCommandTest.Run r = PredictCommandTest.run(args);
        assertEquals(expectedExit, r.exit(), r.err());
        return r.out();
    }

    @Test
    void aNoughtsAndCrossesAgentIsTrainedEvaluatedAndPlayedInTheTerminal() {
        Path bundle = temp.resolve("ttt.zip");
        String trained = run(0, "rl", "train", "tictactoe", "--episodes", "3000", "--seed", "2", "--out",
                bundle.toString());
        assertTrue(trained.contains("episode 3,000") && Files.isRegularFile(bundle), trained);

        String judged = run(0, "rl", "evaluate", bundle.toString(), "--episodes", "50");
        assertTrue(judged.contains("vs minimax as second") && judged.contains("of 50"), judged);

        InputStream stdin = System.in;
        try {
            // The person plays X: the centre, then a taken cell (refused), then every cell in turn until it ends.
            System.setIn(new ByteArrayInputStream("5\n5\n1\n2\n3\n4\n6\n7\n8\n9\n".getBytes(StandardCharsets.UTF_8)));
            String played = run(0, "rl", "play", bundle.toString());
            assertTrue(played.contains("You play X") && played.contains("Your move (1-9): "), played);
            assertTrue(played.contains("That cell is not free."), played);
            assertTrue(played.matches("(?s).*(The agent wins\\.|You win!|A draw\\.)\\s*"), played);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aCartPoleAgentIsTrainedAndItsEpisodesPrinted() {
        Path bundle = temp.resolve("cart.zip");
        run(0, "rl", "train", "cartpole", "--steps", "1500", "--out", bundle.toString());
        String judged = run(0, "rl", "evaluate", bundle.toString(), "--episodes", "3");
        assertTrue(judged.contains("Cart-pole agent (DQN") && judged.contains("average return over 3 episodes"),
                judged);
        String played = run(0, "rl", "play", bundle.toString(), "--episodes", "2");
        assertTrue(played.matches("(?s)episode 1: return \\d+, \\d+ steps.*episode 2: .*"), played);
    }

    @Test
    void anUnknownEnvironmentOrFileIsAOneLineError() throws Exception {
        PredictCommandTest.Run r = PredictCommandTest.run("rl", "train", "chess");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("Unknown environment 'chess'"), r.err());
        Path notABundle = Files.writeString(temp.resolve("x.zip"), "hello");
        assertEquals(1, PredictCommandTest.run("rl", "evaluate", notABundle.toString()).exit());
    }
}
