package org.whiskerstudio.ui.rl;

import java.util.OptionalInt;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.whiskerstudio.rl.EnvironmentView.BoardView;

/**
 * The "play against it" board: click a cell or press 1 to 9 (laid out as a keypad, 7 8 9 on top) and the agent
 * answers; while the person thinks, each free cell shows the agent's value of it as a heat map with the number.
 * Above: who starts, New game, Undo; below: the result and the sitting's tally.
 */
public final class PlayView {
    private final PlayViewModel model;
    private final EnvironmentCanvas board = new EnvironmentCanvas();
    private final VBox root = new VBox(8);

    public PlayView(PlayViewModel model) {
        this.model = model;
        Label status = new Label();
        status.setId("play-status");
        status.getStyleClass().add("title-4");
        status.textProperty().bind(model.statusProperty());
        Label tally = new Label();
        tally.setId("play-tally");
        tally.textProperty().bind(model.tallyProperty().asString());
        Label hint = new Label("Click a cell or press 1-9 (7 8 9 is the top row). The numbers are the agent's value of "
                + "each free cell for you: +1 a win, -1 a loss, with best play as it knows it.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        board.setId("play-board");
        board.setPrefSize(300, 300);
        VBox.setVgrow(board, Priority.ALWAYS);
        board.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            board.requestFocus();
            board.cellAt(e.getX(), e.getY()).ifPresent(model::play);
        });
        board.setFocusTraversable(true);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        root.getChildren().addAll(controls(), board, status, tally, hint);
        root.setPadding(new Insets(8));
        model.boardProperty().addListener(o -> redraw());
        model.valuesProperty().addListener(o -> redraw());
        redraw();
    }

    public Node node() {
        return root;
    }

    private HBox controls() {
        ToggleGroup sides = new ToggleGroup();
        RadioButton first = new RadioButton("You play X (first)");
        first.setId("play-first");
        RadioButton second = new RadioButton("You play O (second)");
        second.setId("play-second");
        first.setToggleGroup(sides);
        second.setToggleGroup(sides);
        (model.personStartsProperty().get() ? first : second).setSelected(true);
        sides.selectedToggleProperty().addListener((o, was, now) -> model.setPersonStarts(now == first));
        Button newGame = new Button("New game");
        newGame.setId("play-new");
        newGame.setOnAction(e -> model.newGame());
        Button undo = new Button("Undo move");
        undo.setId("play-undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        HBox row = new HBox(10, first, second, newGame, undo);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void key(KeyEvent e) {
        OptionalInt cell = NumpadKeys.cellOf(digit(e.getCode()));
        if (cell.isPresent()) {
            model.play(cell.getAsInt());
            e.consume();
        }
    }

    /** 1 to 9 for the digit keys, on the keypad or above the letters; 0 for any other key. */
    private static int digit(KeyCode code) {
        String name = code.getName();
        boolean isDigit = code.isDigitKey() && name.length() > 0 && Character.isDigit(name.charAt(name.length() - 1));
        return isDigit ? name.charAt(name.length() - 1) - '0' : 0;
    }

    private void redraw() {
        BoardView view = new BoardView(model.boardProperty().get().cells(), -model.personMark());
        board.showBoard(new BoardPicture(view, model.valuesProperty().get(), model.isPersonsTurn()));
    }
}
