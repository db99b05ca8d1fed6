package org.whiskerstudio.ui.architecture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.Edge;
import org.whiskerstudio.architecture.Issue;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerReport;

/**
 * Draws a graph as blocks joined by arrows, top to bottom by depth, each edge labelled with the tensor shape on
 * it; blocks with a mistake are outlined in red with the message under them. Clicking a block selects it.
 */
final class GraphCanvas {
    private static final double BLOCK_WIDTH = 230;
    private static final double BLOCK_HEIGHT = 58;
    private static final double ROW = 104;
    private static final double COLUMN = 270;
    private final Pane pane = new Pane();
    private final ScrollPane scroll = new ScrollPane(pane);
    private final Consumer<String> onSelect;

    GraphCanvas(Consumer<String> onSelect) {
        this.onSelect = onSelect;
        pane.getStyleClass().add("graph-canvas");
        scroll.setFitToWidth(true);
        scroll.setId("architecture-canvas");
        pane.setOnMouseClicked(e -> {
            if (e.getTarget() == pane) {
                onSelect.accept("");
            }
        });
    }

    Node node() {
        return scroll;
    }

    /** The drawing itself (for the PNG export). */
    Pane drawing() {
        return pane;
    }

    void show(Optional<LayerGraph> graph, Optional<Analysis> analysis, Optional<String> selected) {
        pane.getChildren().clear();
        if (graph.isEmpty()) {
            return;
        }
        Map<String, double[]> at = layout(graph.get());
        double width = at.values().stream().mapToDouble(p -> p[0]).max().orElse(0) + BLOCK_WIDTH + 40;
        for (Edge e : graph.get().edges()) {
            double[] a = at.get(e.from());
            double[] b = at.get(e.to());
            if (a != null && b != null) {
                String shape = analysis.flatMap(an -> an.report(e.from())).map(r -> r.output().label()).orElse("?");
                drawArrow(a[0] + BLOCK_WIDTH / 2, a[1] + BLOCK_HEIGHT, b[0] + BLOCK_WIDTH / 2, b[1], shape);
            }
        }
        for (LayerNode n : graph.get().nodes()) {
            double[] p = at.get(n.id());
            List<Issue> issues = analysis.map(an -> an.issuesAt(n.id())).orElse(List.of());
            Optional<LayerReport> report = analysis.flatMap(an -> an.report(n.id()));
            Node block = block(n, report, issues, selected.filter(n.id()::equals).isPresent());
            block.relocate(p[0], p[1]);
            pane.getChildren().add(block);
        }
        double height = at.values().stream().mapToDouble(p -> p[1]).max().orElse(0) + ROW + 40;
        pane.setPrefSize(Math.max(width, 300), height);
    }

    private Node block(LayerNode n, Optional<LayerReport> report, List<Issue> issues, boolean isSelected) {
        Label title = new Label(n.name().equals(n.spec().kind()) ? n.name() : n.name() + "  ·  " + n.spec().kind());
        title.getStyleClass().add("block-title");
        Label detail = new Label(report.map(r -> r.output().label() + "   " + SummaryText.count(r.params()) + " params")
                .orElse("not reached from the input"));
        detail.getStyleClass().add("block-detail");
        VBox box = new VBox(2, title, detail);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPrefSize(BLOCK_WIDTH, BLOCK_HEIGHT);
        box.getStyleClass().add("layer-block");
        if (isSelected) {
            box.getStyleClass().add("selected");
        }
        box.setId("block-" + n.id());
        if (!issues.isEmpty()) {
            box.getStyleClass().add("has-issue");
            Label problem = new Label(issues.get(0).message());
            problem.getStyleClass().add("block-issue");
            problem.setWrapText(true);
            problem.setMaxWidth(COLUMN - 20);
            box.getChildren().add(problem);
            box.setPrefHeight(Label.USE_COMPUTED_SIZE);
        }
        box.setOnMouseClicked(e -> {
            onSelect.accept(n.id());
            e.consume();
        });
        return box;
    }

    private void drawArrow(double x1, double y1, double x2, double y2, String label) {
        Line line = new Line(x1, y1, x2, y2 - 6);
        line.getStyleClass().add("graph-edge");
        line.setStroke(Color.GRAY);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        Polygon head = new Polygon(x2, y2, x2 - 9 * Math.cos(angle - 0.4), y2 - 9 * Math.sin(angle - 0.4),
                x2 - 9 * Math.cos(angle + 0.4), y2 - 9 * Math.sin(angle + 0.4));
        head.setFill(Color.GRAY);
        Label shape = new Label(label);
        shape.getStyleClass().add("edge-label");
        shape.relocate((x1 + x2) / 2 + 8, (y1 + y2) / 2 - 9);
        pane.getChildren().addAll(line, head, shape);
    }

    /** Depth = longest path from a source; blocks of one depth side by side in node order. */
    private static Map<String, double[]> layout(LayerGraph graph) {
        Map<String, Integer> depth = new HashMap<>();
        for (LayerNode n : graph.nodes()) {
            depth(graph, n.id(), depth, new ArrayList<>());
        }
        Map<Integer, Integer> used = new HashMap<>();
        Map<String, double[]> at = new HashMap<>();
        for (LayerNode n : graph.nodes()) {
            int d = depth.get(n.id());
            int column = used.merge(d, 1, Integer::sum) - 1;
            at.put(n.id(), new double[] {20 + column * COLUMN, 20 + d * ROW});
        }
        return at;
    }

    private static int depth(LayerGraph graph, String id, Map<String, Integer> memo, List<String> path) {
        Integer known = memo.get(id);
        if (known != null) {
            return known;
        }
        if (path.contains(id)) {
            return 0; // a cycle: analysis reports it; layout just stops here
        }
        path.add(id);
        int d = 0;
        for (LayerNode in : graph.inputsOf(id)) {
            d = Math.max(d, depth(graph, in.id(), memo, path) + 1);
        }
        path.remove(id);
        memo.put(id, d);
        return d;
    }
}
