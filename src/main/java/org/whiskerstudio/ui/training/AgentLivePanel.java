package org.whiskerstudio.ui.training;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.whiskerstudio.training.AgentReplay;
import org.whiskerstudio.ui.rl.EnvironmentCanvas;
import org.whiskerstudio.ui.rl.EpisodePlayer;

/**
 * The Train screen's centre for an agent: the environment playing a greedy episode now and then (the cart and pole
 * moving, the board filling, played by an {@link EpisodePlayer}) beside the newest episode's
 * numbers and the run's status, over four live charts: return per episode with its moving average, episode length,
 * exploration and loss.
 */
final class AgentLivePanel {
    private final VBox box;
    private final EpisodePlayer<AgentReplay> player = new EpisodePlayer<>("agent-environment", AgentReplay::frames);
    private final Label replayTitle = new Label("The agent playing");

    AgentLivePanel(TrainingViewModel model) {
        AgentLive agent = model.agent();
        EnvironmentCanvas canvas = player.canvas();
        canvas.setPrefSize(300, 200);
        canvas.setMinHeight(160);
        replayTitle.getStyleClass().add("text-bold");
        replayTitle.setWrapText(true);
        replayTitle.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label("Every few seconds the agent plays one episode without exploring; it shows here.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.visibleProperty().bind(Bindings.createBooleanBinding(() -> agent.replayProperty().get().isEmpty(),
                agent.replayProperty()));
        hint.managedProperty().bind(hint.visibleProperty());
        VBox environment = new VBox(4, replayTitle, canvas, hint);
        environment.setMinWidth(220);
        HBox.setHgrow(environment, Priority.ALWAYS);

        Label episode = new Label();
        episode.setId("agent-episode");
        episode.setWrapText(true);
        episode.setMinHeight(Region.USE_PREF_SIZE);
        episode.textProperty().bind(agent.episodeTextProperty());
        Label status = new Label();
        status.setId("agent-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusTextProperty());
        status.getStyleClass().add("training-status");
        VBox facts = new VBox(6, episode, status);
        facts.setPrefWidth(220);
        facts.setMinWidth(140);
        HBox top = new HBox(12, environment, facts);
        top.setMinHeight(Region.USE_PREF_SIZE);

        GridPane charts = new GridPane();
        charts.setHgap(6);
        charts.setVgap(6);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            charts.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            charts.getRowConstraints().add(row);
        }
        charts.add(chart(model, "agent-return-chart", "Return per episode", "Return", List.of("Return",
                "Average (" + AgentInbox.AVERAGE_OVER + ")"), List.of(agent.returns(), agent.averageReturn())), 0, 0);
        charts.add(chart(model, "agent-length-chart", "Episode length", "Steps", List.of("Length"),
                List.of(agent.length())), 1, 0);
        charts.add(chart(model, "agent-epsilon-chart", "Exploration", "Epsilon", List.of("Epsilon"),
                List.of(agent.epsilon())), 0, 1);
        charts.add(chart(model, "agent-loss-chart", "Loss", "Loss", List.of("Loss"), List.of(agent.loss())), 1,
                1);
        charts.setMinHeight(240);
        VBox.setVgrow(charts, Priority.ALWAYS);
        box = new VBox(8, top, charts);
        box.setId("agent-live");
        box.setPadding(new Insets(6, 10, 10, 10));
        box.setMinWidth(240);

        player.setOnStarted(r -> replayTitle.setText(String.format(Locale.ROOT,
                "The agent after %,d episodes (return %s)", r.afterEpisode(), TrainingForm.plain(r.episodeReturn()))));
        agent.replayProperty().addListener((o, before, now) -> now.ifPresentOrElse(player::offer, player::stop));
    }

    private static Node chart(TrainingViewModel model, String id, String title, String yLabel, List<String> names,
                              List<ObservableList<ChartPoint>> series) {
        LineChart<Number, Number> chart = Charts.lineChart(id, title, "Episode", yLabel);
        for (int i = 0; i < names.size(); i++) {
            chart.getData().add(Charts.series(names.get(i), series.get(i)));
        }
        chart.setLegendVisible(names.size() > 1);
        Node pane = Charts.withPlaceholder(chart, Bindings.when(model.activeProperty())
                .then("Appears as episodes end.").otherwise("Press Start to train the agent."),
                Bindings.isEmpty(series.get(0)));
        GridPane.setHgrow(pane, Priority.ALWAYS);
        GridPane.setVgrow(pane, Priority.ALWAYS);
        return pane;
    }

    Node node() {
        return box;
    }
}
