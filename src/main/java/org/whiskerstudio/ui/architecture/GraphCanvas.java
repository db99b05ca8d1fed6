package org.whiskerstudio.ui.architecture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
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
import org.whiskerstudio.architecture.LayerSpec;

/**
 * Draws a graph as blocks joined by arrows, top to bottom by depth, each edge labelled with the tensor shape on
 * it; blocks with a mistake are outlined in red with the message under them. Clicking a block selects it.
 */
final class GraphCanvas {
    private static final double BLOCK_WIDTH = 250;
    private static final double BLOCK_HEIGHT = 58;
    /** The gap between rows, which the arrow and its shape label fill. */
    private static final double ARROW = 46;
    private static final double COLUMN = 290;
    private final Pane pane = new Pane();
    private final ScrollPane scroll = new ScrollPane(pane);
    private final Consumer<String> onSelect;
    /** Draws the last graph shown again: blocks can only be measured once the canvas is in a scene. */
    private Runnable redraw = () -> { };

    GraphCanvas(Consumer<String> onSelect) {
        this.onSelect = onSelect;
        pane.getStyleClass().add("graph-canvas");
        scroll.setFitToWidth(true);
        scroll.setId("architecture-canvas");
        pane.sceneProperty().addListener((o, was, now) -> {
            if (was == null && now != null) {
                redraw.run();
            }
        });
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
        redraw = () -> draw(graph, analysis, selected);
        redraw.run();
    }

    private void draw(Optional<LayerGraph> graph, Optional<Analysis> analysis, Optional<String> selected) {
        pane.getChildren().clear();
        if (graph.isEmpty()) {
            return;
        }
        LayerGraph g = graph.get();
        Map<String, Region> blocks = new HashMap<>();
        for (LayerNode n : g.nodes()) {
            List<Issue> issues = analysis.map(an -> an.issuesAt(n.id())).orElse(List.of());
            Optional<LayerReport> report = analysis.flatMap(an -> an.report(n.id()));
            blocks.put(n.id(), block(n, report, issues, detail(g, n, report, issues),
                    selected.filter(n.id()::equals).isPresent()));
        }
        pane.getChildren().addAll(blocks.values());
        // Measured, not assumed: a block with a problem message is taller, and the next row starts below it.
        pane.applyCss();
        Map<String, double[]> at = layout(g, id -> Math.max(BLOCK_HEIGHT, blocks.get(id).prefHeight(BLOCK_WIDTH)));
        for (Edge e : g.edges()) {
            double[] a = at.get(e.from());
            double[] b = at.get(e.to());
            if (a != null && b != null) {
                String shape = analysis.flatMap(an -> an.report(e.from())).map(r -> r.output().label()).orElse("?");
                drawArrow(a[0] + BLOCK_WIDTH / 2, a[1] + a[2], b[0] + BLOCK_WIDTH / 2, b[1], shape);
            }
        }
        blocks.forEach((id, block) -> {
            block.relocate(at.get(id)[0], at.get(id)[1]);
            block.toFront();
        });
        double width = at.values().stream().mapToDouble(p -> p[0]).max().orElse(0) + BLOCK_WIDTH + 40;
        double height = at.values().stream().mapToDouble(p -> p[1] + p[2]).max().orElse(0) + 40;
        pane.setPrefSize(Math.max(width, 300), height);
    }

    /**
     * The line under a block's title: its output shape and size, or why it has none. A block can lack a shape because
     * it has a problem itself, because a block above it has one, or because nothing connects it to the input.
     */
    private static String detail(LayerGraph graph, LayerNode n, Optional<LayerReport> report, List<Issue> issues) {
        if (report.isPresent()) {
            return report.get().output().label() + "   " + SummaryText.count(report.get().params()) + " params";
        }
        if (!issues.isEmpty()) {
            return "no output shape";
        }
        return reachesInput(graph, n.id(), new HashSet<>()) ? "no shape until the problem above is fixed"
                : "not reached from the input";
    }

    private static boolean reachesInput(LayerGraph graph, String id, Set<String> seen) {
        if (!seen.add(id)) {
            return false;
        }
        if (graph.node(id).map(n -> n.spec() instanceof LayerSpec.Input).orElse(false)) {
            return true;
        }
        return graph.inputsOf(id).stream().anyMatch(in -> reachesInput(graph, in.id(), seen));
    }

    /** The block's title: its name, and its kind when the name does not already say it ("Conv2D 1"). */
    static String title(LayerNode n) {
        String kind = n.spec().kind();
        return n.name().equals(kind) || n.name().startsWith(kind + " ") ? n.name() : n.name() + "  ·  " + kind;
    }

    private Region block(LayerNode n, Optional<LayerReport> report, List<Issue> issues, String detailText,
                         boolean isSelected) {
        Label title = new Label(title(n));
        title.getStyleClass().add("block-title");
        title.setWrapText(true); // a long name takes a second line rather than an ellipsis
        Label detail = new Label(detailText);
        detail.getStyleClass().add("block-detail");
        detail.setWrapText(true);
        VBox box = new VBox(2, title, detail);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPrefWidth(BLOCK_WIDTH);
        box.setMinHeight(BLOCK_HEIGHT);
        box.getStyleClass().addAll("layer-block", BlockFamily.of(n.spec()).styleClass());
        if (isSelected) {
            box.getStyleClass().add("selected");
        }
        box.setId("block-" + n.id());
        if (!issues.isEmpty()) {
            box.getStyleClass().add("has-issue");
            Label problem = new Label(issues.get(0).message());
            problem.getStyleClass().add("block-issue");
            problem.setWrapText(true);
            box.getChildren().add(problem);
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

    /**
     * Depth = longest path from a source; blocks of one depth side by side in node order. Each row starts an arrow's
     * length below the tallest block of the row above. Gives each block {x, y, height}.
     */
    private static Map<String, double[]> layout(LayerGraph graph, ToDoubleFunction<String> heightOf) {
        Map<String, Integer> depth = new HashMap<>();
        for (LayerNode n : graph.nodes()) {
            depth(graph, n.id(), depth, new ArrayList<>());
        }
        int deepest = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double[] rowHeight = new double[deepest + 1];
        for (LayerNode n : graph.nodes()) {
            int d = depth.get(n.id());
            rowHeight[d] = Math.max(rowHeight[d], heightOf.applyAsDouble(n.id()));
        }
        double[] rowTop = new double[deepest + 1];
        rowTop[0] = 20;
        for (int d = 1; d <= deepest; d++) {
            rowTop[d] = rowTop[d - 1] + rowHeight[d - 1] + ARROW;
        }
        Map<Integer, Integer> used = new HashMap<>();
        Map<String, double[]> at = new HashMap<>();
        for (LayerNode n : graph.nodes()) {
            int d = depth.get(n.id());
            int column = used.merge(d, 1, Integer::sum) - 1;
            at.put(n.id(), new double[] {20 + column * COLUMN, rowTop[d], heightOf.applyAsDouble(n.id())});
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
