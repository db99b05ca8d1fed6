package org.whiskerstudio.ui.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.rl.AgentEvaluation.Games;
import org.whiskerstudio.rl.Environment;
import org.whiskerstudio.rl.EnvironmentView;
import org.whiskerstudio.rl.dl4j.AgentBundle;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.rl.EpisodePlayer;
import org.whiskerstudio.ui.rl.PlayView;
import org.whiskerstudio.ui.rl.PlayViewModel;

/**
 * The Evaluate screen's tab for agent runs: the run, Evaluate and Cancel with progress and the headline on top;
 * below, a cart-pole agent's replayed episode, or a noughts &amp; crosses agent's games table beside the board to play
 * it on.
 */
final class AgentPane {
    private final AgentEvaluationViewModel model;
    private final BorderPane root = new BorderPane();
    private final EpisodePlayer<List<EnvironmentView>> replay = EpisodePlayer.ofFrames("episode-replay");
    /** The games table on screen now (each noughts &amp; crosses agent's body gets its own). */
    private TableView<Games> shownGames = new TableView<>();

    AgentPane(AgentEvaluationViewModel model) {
        this.model = model;
        root.setId("evaluation-agents");
        root.setTop(top());
        model.agentProperty().addListener((o, a, b) -> centre());
        model.figuresProperty().addListener((o, a, b) -> showFigures(b));
        centre();
    }

    Node node() {
        return root;
    }

    EpisodePlayer<List<EnvironmentView>> replay() {
        return replay;
    }

    private Node top() {
        ComboBox<RunChoice> run = new ComboBox<>(model.runs());
        run.setId("evaluation-agent-run");
        run.setPromptText("Agent run");
        run.setPrefWidth(260);
        run.valueProperty().bindBidirectional(model.runProperty());
        Button evaluate = new Button("Evaluate", Icons.of(Material2MZ.PLAY_ARROW));
        evaluate.setId("evaluation-agent-evaluate");
        evaluate.getStyleClass().add("accent");
        evaluate.disableProperty().bind(model.runningProperty().or(model.agentProperty().isEqualTo(Optional.empty())));
        evaluate.setOnAction(e -> model.evaluate());
        Button cancel = new Button("Cancel", Icons.of(Material2MZ.STOP));
        cancel.setId("evaluation-agent-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("evaluation-agent-progress");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        HBox row = new HBox(8, new Label("Agent run"), run, evaluate, cancel, bar);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("training-bar");
        Label headline = new Label();
        headline.setId("evaluation-agent-headline");
        headline.getStyleClass().add("evaluation-summary");
        headline.setWrapText(true);
        model.figuresProperty().addListener((o, a, b) -> headline.setText(b.map(AgentFigures::headline).orElse("")));
        Label status = new Label();
        status.setId("evaluation-agent-status");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        VBox lines = new VBox(2, headline, status);
        lines.setPadding(new Insets(6, 10, 4, 10));
        return new VBox(row, lines);
    }

    /** The body for the loaded agent's environment: the replay, or the games beside the board. */
    private void centre() {
        replay.stop();
        Optional<AgentBundle> agent = model.agentProperty().get();
        root.setCenter(agent.map(a -> switch (a.environment()) {
            case CARTPOLE -> replayPanel(a.environment().create());
            case TICTACTOE -> gamesPanel(model.playProperty().get().orElseThrow());
        }).orElse(null));
    }

    /** The replay, showing a start of {@code environment} until Evaluate brings an episode. */
    private Node replayPanel(Environment environment) {
        environment.reset(AgentEvaluationViewModel.SEED);
        replay.play(List.of(environment.view()));
        Button again = new Button("Replay", Icons.of(Material2MZ.REPLAY));
        again.setId("evaluation-agent-replay");
        again.disableProperty().bind(model.figuresProperty().isEqualTo(Optional.empty()));
        again.setOnAction(e -> model.figuresProperty().get().ifPresent(f -> replay.play(f.replay())));
        Label note = new Label("One greedy episode (the first evaluated), 30 steps a second: 0.6 x the physics' "
                + "speed.");
        note.getStyleClass().add("text-muted");
        HBox controls = new HBox(8, again, note);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(replay.node(), Priority.ALWAYS);
        VBox box = new VBox(8, replay.node(), controls);
        box.setPadding(new Insets(8));
        return box;
    }

    private TableView<Games> gamesTable() {
        TableView<Games> games = new TableView<>(gamesOf(model.figuresProperty().get()));
        shownGames = games;
        games.setId("evaluation-agent-games");
        games.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        games.getColumns().setAll(List.of(column("Against", Games::opponent),
                column("Plays", g -> g.agentFirst() ? "X (first)" : "O (second)"),
                column("Won", g -> Integer.toString(g.tally().wins())),
                column("Drawn", g -> Integer.toString(g.tally().draws())),
                column("Lost", g -> Integer.toString(g.tally().losses() + g.tally().illegalMoves())),
                column("Won %", g -> String.format(Locale.ROOT, "%.1f", 100 * g.tally().winRate()))));
        games.setPlaceholder(new Label("No games played yet."));
        return games;
    }

    private Node gamesPanel(PlayViewModel play) {
        TableView<Games> games = gamesTable();
        Label title = new Label("Greedy games, " + AgentEvaluationViewModel.GAMES + " per opponent and side");
        title.getStyleClass().add("title-4");
        Label note = new Label("Random picks any free cell; minimax plays perfectly, so a draw is the best anyone can "
                + "do against it.");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        VBox left = new VBox(6, title, games, note);
        VBox.setVgrow(games, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        Label playTitle = new Label("Play against it");
        playTitle.getStyleClass().add("title-4");
        Node board = new PlayView(play).node();
        VBox right = new VBox(4, playTitle, board);
        VBox.setVgrow(board, Priority.ALWAYS);
        right.setPadding(new Insets(8, 8, 0, 8));
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.45);
        return split;
    }

    /**
     * A new list of the evaluation's games for the table. Seen in a real window: games set into the list the table
     * already held left its placeholder and empty rows on screen until clicked; a new items list redraws it.
     */
    private static ObservableList<Games> gamesOf(Optional<AgentFigures> figures) {
        return FXCollections.observableArrayList(figures.map(AgentFigures::games).orElse(List.of()));
    }

    private void showFigures(Optional<AgentFigures> figures) {
        shownGames.setItems(gamesOf(figures));
        List<EnvironmentView> frames = figures.map(AgentFigures::replay).orElse(List.of());
        if (!frames.isEmpty()) {
            replay.play(frames);
        }
    }

    private static TableColumn<Games, String> column(String title, Function<Games, String> value) {
        TableColumn<Games, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
