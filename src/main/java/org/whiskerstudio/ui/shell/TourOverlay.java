package org.whiskerstudio.ui.shell;

import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;

/**
 * Draws the tour: a callout beside the rail button of the current step, that button outlined. The callout lives in a
 * column of its own between the rail and the screen, shown only while the tour runs, so it never covers the button it
 * points at nor the screen's content: laid over the screen, step 1 hid the welcome screen's title and its New and Open
 * buttons. The screen narrows while the tour is open and stays usable. The callout itself stays put, as tall as its
 * longest step and reaching past the last rail button, with its buttons at the bottom: only the arrow follows the
 * step, so Next stays under the pointer from the first step to the last.
 */
final class TourOverlay {
    private static final double CALLOUT_WIDTH = 320;
    /** Room left of the callout for the arrow that points at the rail. */
    private static final double ARROW_ROOM = 14;
    private static final double MARGIN = 8;
    private final TourViewModel tour;
    private final Map<PipelineStage, ? extends Node> targets;
    /** The column; placed after the window's own layout in every pulse, so the callout follows its target. */
    private final Pane layer = new Pane() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            place();
        }

        @Override
        protected double computePrefWidth(double height) {
            return ARROW_ROOM + CALLOUT_WIDTH + MARGIN;
        }
    };
    private final VBox callout = new VBox();
    private final Polygon arrow = new Polygon(0, 10, 12, 0, 12, 20);
    private final Label counter = new Label();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Button next = new Button();
    /** The callout's height: the tallest step's, measured once the callout can be measured. */
    private double height;

    TourOverlay(TourViewModel tour, Map<PipelineStage, ? extends Node> targets) {
        this.tour = tour;
        this.targets = targets;
        layer.setPickOnBounds(false);
        layer.setId("tour");
        layer.getStyleClass().add("tour-column");
        layer.setMinWidth(Region.USE_PREF_SIZE);
        counter.getStyleClass().add("text-muted");
        title.getStyleClass().add("title-4");
        text.setWrapText(true);
        text.setId("tour-text");
        Button skip = new Button("Skip tour");
        skip.setId("tour-skip");
        skip.getStyleClass().add("flat");
        skip.setOnAction(e -> tour.skip());
        Button back = new Button("Back");
        back.setId("tour-back");
        back.setOnAction(e -> tour.back());
        back.disableProperty().bind(tour.indexProperty().isEqualTo(0));
        next.setId("tour-next");
        next.getStyleClass().add("accent");
        next.setDefaultButton(true);
        next.setOnAction(e -> tour.next());
        // "Next" and "Finish" take the same room, so the last step does not move the button either.
        next.setMinWidth(84);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, skip, spacer, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label esc = new Label("Esc closes the tour; Help > Take the tour shows it again.");
        esc.getStyleClass().addAll("text-muted", "text-small");
        esc.setWrapText(true);
        Region room = new Region();
        VBox.setVgrow(room, Priority.ALWAYS);
        callout.getChildren().addAll(counter, title, text, room, buttons, esc);
        callout.getStyleClass().add("tour-callout");
        callout.setId("tour-callout");
        callout.setPrefWidth(CALLOUT_WIDTH);
        callout.setMaxWidth(CALLOUT_WIDTH);
        arrow.getStyleClass().add("tour-arrow");
        layer.getChildren().addAll(arrow, callout);
        layer.visibleProperty().bind(tour.activeProperty());
        layer.managedProperty().bind(layer.visibleProperty());
        tour.activeProperty().addListener((obs, old, now) -> refresh());
        tour.indexProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    Node node() {
        return layer;
    }

    private void refresh() {
        targets.values().forEach(n -> n.getStyleClass().remove("tour-target"));
        if (height == 0 && tour.activeProperty().get()) {
            measureTallest();
        }
        tour.current().ifPresent(step -> {
            counter.setText("Tour of the pipeline: step " + (tour.indexProperty().get() + 1) + " of " + tour.steps().size());
            title.setText(step.title());
            text.setText(step.text());
            next.setText(tour.isLast() ? "Finish" : "Next");
            Node target = targets.get(step.stage());
            if (target != null) {
                target.getStyleClass().add("tour-target");
            }
            layer.requestLayout();
        });
    }

    /** The callout at the top of the column, past the lowest target; the arrow level with the current one. */
    private void place() {
        tour.current().map(s -> targets.get(s.stage())).ifPresent(target -> {
            if (target.getScene() == null || layer.getScene() == null) {
                return;
            }
            Point2D at = middleRightOf(target);
            double lowest = targets.values().stream().mapToDouble(t -> middleRightOf(t).getY()).max().orElse(0);
            height = Math.max(height, Math.max(callout.prefHeight(CALLOUT_WIDTH), lowest + 24 - MARGIN));
            double h = Math.min(height, Math.max(0, layer.getHeight() - 2 * MARGIN));
            callout.resizeRelocate(ARROW_ROOM, MARGIN, CALLOUT_WIDTH, Math.max(h, callout.minHeight(CALLOUT_WIDTH)));
            arrow.relocate(2, at.getY() - 10);
        });
    }

    private Point2D middleRightOf(Node target) {
        Bounds b = target.localToScene(target.getBoundsInLocal());
        return layer.sceneToLocal(b.getMaxX(), b.getMinY() + b.getHeight() / 2);
    }

    /** The tallest step's callout height, measured by showing each step's words in turn (before any is drawn). */
    private void measureTallest() {
        if (callout.getScene() == null) {
            return;
        }
        String[] shown = {counter.getText(), title.getText(), text.getText()};
        for (TourViewModel.Step step : tour.steps()) {
            title.setText(step.title());
            text.setText(step.text());
            callout.applyCss();
            height = Math.max(height, callout.prefHeight(CALLOUT_WIDTH));
        }
        counter.setText(shown[0]);
        title.setText(shown[1]);
        text.setText(shown[2]);
    }
}
