package org.whiskerstudio.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A thin bar under a screen's tool bar offering the {@link NextStep} ("Run 3 completed after 5 epochs. Next:
 * [Evaluate this run]"), with a close button; it takes no room while nothing is offered.
 */
public final class NextStepBar {
    /** A button of the bar; {@code id} is its node id. */
    public record Action(String text, String id, Runnable run) {
    }

    private NextStepBar() {
    }

    /** The bar for {@code step}; {@code id} names it, each action is one button (the first one the accent). */
    public static Node of(NextStep step, String id, Action... actions) {
        Label text = new Label();
        text.textProperty().bind(step.messageProperty());
        text.setMinWidth(0);
        HBox bar = new HBox(8, text);
        for (Action action : actions) {
            Button button = new Button(action.text());
            button.setId(action.id());
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(e -> action.run().run());
            if (bar.getChildren().size() == 1) {
                button.getStyleClass().add("accent");
            }
            bar.getChildren().add(button);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("", Icons.of(Material2AL.CLOSE));
        close.getStyleClass().addAll("flat", "button-icon");
        close.setTooltip(new Tooltip("Hide this suggestion"));
        close.setOnAction(e -> step.clear());
        bar.getChildren().addAll(spacer, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId(id);
        bar.getStyleClass().add("next-step");
        bar.visibleProperty().bind(step.messageProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
