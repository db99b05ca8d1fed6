package org.whiskerstudio.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.RunStatus;

class TerminalTrainingTest {
    @Test
    void anAgentsRunCountsStepsAndPrintsItsChecksNotEpochs() {
        StringWriter text = new StringWriter();
        TerminalTraining terminal = new TerminalTraining(new PrintWriter(text), false);
        terminal.onAgentStart(7, false, 1_000, 0);
        for (int step = 50; step <= 1_000; step += 50) {
            terminal.onEpisode(new EpisodeReport(step / 50, step, 20, 50, 0.5, 0.01));
            terminal.onIteration(new IterationMetric(1, step, 0.01, 400));
        }
        terminal.onStatus(RunStatus.RUNNING, "greedy check at step 1,000: 480.0 over 100 episodes");
        terminal.onStatus(RunStatus.COMPLETED, "Solved at step 1,000");
        terminal.finish();
        List<String> lines = text.toString().lines().toList();

        assertEquals("run 7: an agent, 1,000 steps", lines.get(0));
        assertFalse(text.toString().contains("epoch"), text.toString());
        assertTrue(lines.get(1).startsWith("step 100/1,000  10%  average return 20.0  loss 0.0100  400 steps/s"),
                lines.get(1));
        assertEquals(12, lines.size(), text.toString());
        assertEquals("Running: greedy check at step 1,000: 480.0 over 100 episodes", lines.get(10));
        assertEquals("Completed: Solved at step 1,000", lines.get(11));
    }

    @Test
    void aMessageThatBeginsWithItsStatusIsNotPrefixedAgainAndARunOfEpochsSaysItsWarmUp() {
        StringWriter text = new StringWriter();
        TerminalTraining terminal = new TerminalTraining(new PrintWriter(text), false);
        terminal.onStatus(RunStatus.RUNNING, "");
        terminal.onStatus(RunStatus.RUNNING, "Warming up the trunk on 64 box crops (32 px) first: epoch 1 of 2, "
                + "loss 0.6931");
        terminal.onStatus(RunStatus.STOPPED, "Stopped after step 5 of epoch 2 of 4");
        assertEquals(List.of("Running: Warming up the trunk on 64 box crops (32 px) first: epoch 1 of 2, loss 0.6931",
                "Stopped after step 5 of epoch 2 of 4"), text.toString().strip().lines().toList(),
                "a run of epochs says what it does before them; an empty running message says nothing");
    }
}
