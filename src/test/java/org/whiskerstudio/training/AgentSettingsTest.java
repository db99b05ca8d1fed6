package org.whiskerstudio.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AgentSettingsTest {
    @Test
    void theSummaryReadsAsAPersonWouldSayIt() {
        assertEquals("100,000 steps, learning rate 0.0005, epsilon 1 to 0.04 over 8,000 steps",
                AgentSettings.defaults(AgentSettings.Learner.DQN).summary());
        assertEquals("200,000 games, learning rate 0.1, epsilon 1 to 0.05 over 150,000 games, against random and "
                + "perfect players (2:1)", AgentSettings.defaults(AgentSettings.Learner.TABULAR).summary());
    }
}
