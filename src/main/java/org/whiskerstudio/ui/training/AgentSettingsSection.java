package org.whiskerstudio.ui.training;

import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.whiskerstudio.rl.Sparring;
import org.whiskerstudio.training.AgentSettings.Learner;

/**
 * The settings only an agent has: how it learns, for how long, its learning rate, how its exploration falls and,
 * for noughts &amp; crosses, whom it plays. Shown when the chosen architecture is an agent.
 */
final class AgentSettingsSection {
    private final VBox box;

    AgentSettingsSection(TrainingViewModel model) {
        AgentForm form = model.agentForm();
        ComboBox<Learner> learner = SettingsPanel.choice("agent-learner", Learner.values(), form.learnerProperty(),
                Learner::label);
        ComboBox<Sparring> opponent = SettingsPanel.choice("agent-opponent", Sparring.values(), form.opponentProperty(),
                Sparring::label);
        TextField steps = SettingsPanel.field("agent-steps", form.stepsProperty());
        TextField games = SettingsPanel.field("agent-games", form.gamesProperty());
        TextField rate = SettingsPanel.field("agent-learning-rate", form.learningRateProperty());
        TextField from = SettingsPanel.field("agent-epsilon-start", form.epsilonStartProperty());
        TextField to = SettingsPanel.field("agent-epsilon-end", form.epsilonEndProperty());
        TextField over = SettingsPanel.field("agent-epsilon-decay", form.epsilonDecayProperty());
        Label toWord = new Label("to");
        toWord.setMinWidth(Region.USE_PREF_SIZE);
        HBox exploration = new HBox(4, from, toWord, to);
        exploration.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = SettingsPanel.grid();
        SettingsPanel.row(grid, 0, "Learns by", learner, "DQN fits the drawn network to its own TD targets; tabular "
                + "Q-learning keeps a value per board it meets, which masters noughts & crosses in seconds.");
        Node row1 = SettingsPanel.row(grid, 1, "Steps", steps,
                "Environment steps a DQN takes at most (the bench's cart-pole: 100,000).");
        Node row2 = SettingsPanel.row(grid, 2, "Games", games,
                "Games a table learns from (200,000 meet the targets in about 20 s).");
        SettingsPanel.row(grid, 3, "Learning rate", rate, "Adam's step for a DQN (5e-4 tuned for cart-pole); a "
                + "table's share of each new estimate (0.1).");
        SettingsPanel.row(grid, 4, "Exploration", exploration, "Epsilon: the share of random actions, falling "
                + "linearly from the first number to the second.");
        SettingsPanel.row(grid, 5, "Falls over", over, "Steps (DQN) or games (table) over which exploration falls.");
        Node row6 = SettingsPanel.row(grid, 6, "Opponent", opponent, "Whom it learns noughts & crosses against, as "
                + "first and second player: random players teach it to win, a perfect one never to leave a line open.");
        bindShown(row1, form.dqnProperty());
        bindShown(row2, form.dqnProperty().not());
        bindShown(row6, form.boardProperty());
        Label note = new Label("An agent needs no data: it learns by acting in its environment. The seed below makes "
                + "runs repeatable; the agent is saved as agent.zip every 30 s and at the end. Cart-pole keeps the "
                + "network that does best in greedy checks and stops once one averages 475.");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        Label title = new Label("Agent");
        title.getStyleClass().add("title-4");
        box = new VBox(6, title, grid, note);
        box.setId("agent-settings");
        box.setPadding(new Insets(0, 0, 4, 0));
        box.visibleProperty().bind(form.agentProperty());
        box.managedProperty().bind(box.visibleProperty());
        box.disableProperty().bind(model.activeProperty());
    }

    /** Shows a row's label (and so its control) only while {@code shown} holds. */
    private static void bindShown(Node label, BooleanExpression shown) {
        label.visibleProperty().bind(shown);
        label.managedProperty().bind(shown);
    }

    Node node() {
        return box;
    }
}
