package org.whiskerstudio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * What a person would see wrong in a laid-out scene: a control whose text the skin cut (an ellipsis, or no text at
 * all), a tool bar that hides controls in its overflow menu, and a shown node that lies partly outside the window. Content inside a clipping container (a scroll pane's
 * viewport, a list's flow, a chart's plot) may lie outside the window: the container shows a scroll bar or crops it.
 */
public final class LayoutProblems {
    /** Half a pixel of rounding either way is not a problem. */
    private static final double SLACK = 1;
    private final Scene scene;
    private final List<String> found = new ArrayList<>();

    private LayoutProblems(Scene scene) {
        this.scene = scene;
    }

    /** Every problem in {@code scene}, one line each naming the node; empty when the screen fits. */
    public static List<String> of(Scene scene) {
        LayoutProblems problems = new LayoutProblems(scene);
        problems.visit(scene.getRoot(), false);
        return problems.found;
    }

    private void visit(Node node, boolean clipped) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (!clipped) {
            checkInsideWindow(node);
        }
        if (node.getStyleClass().contains("tool-bar-overflow-button")) {
            found.add("tool bar overflow: some of " + describe(node.getParent()) + " hide in its >> menu");
        }
        if (node instanceof Labeled labeled && !(node instanceof IndexedCell<?>)) {
            checkTextNotCut(labeled);
        }
        if (node instanceof Parent parent) {
            boolean clipsChildren = clipped || node.getClip() != null;
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, clipsChildren);
            }
        }
    }

    private void checkInsideWindow(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return;
        }
        if (b.getMinX() < -SLACK || b.getMinY() < -SLACK || b.getMaxX() > scene.getWidth() + SLACK
                || b.getMaxY() > scene.getHeight() + SLACK) {
            found.add(String.format(Locale.ROOT, "outside the %.0fx%.0f window: %s at x %.0f..%.0f, y %.0f..%.0f",
                    scene.getWidth(), scene.getHeight(), describe(node), b.getMinX(), b.getMaxX(), b.getMinY(),
                    b.getMaxY()));
        }
    }

    /**
     * The skin shows a Labeled's text in a child Text node (style class "text", beside the graphic, which may be a
     * Text too: an icon font), shortened with an ellipsis or emptied when the control is too small for it: a shown
     * text that differs from the control's text is a cut one.
     */
    private void checkTextNotCut(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child != labeled.getGraphic() && child.getStyleClass().contains("text")) {
                String expected = labeled.isMnemonicParsing() ? text.replace("_", "") : text;
                String actual = labeled.isMnemonicParsing() ? shown.getText().replace("_", "") : shown.getText();
                if (!expected.equals(actual)) {
                    found.add("text cut: " + describe(labeled) + " shows \"" + shown.getText() + "\"");
                }
                return;
            }
        }
        // No text node of its own: the skin shows the text in an inner Labeled (a menu button's label), checked itself.
    }

    private static String describe(Node node) {
        String name = node.getClass().getSimpleName();
        String id = node.getId() == null ? "" : "#" + node.getId();
        String text = node instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        Node parent = node.getParent();
        String where = parent == null ? "" : " in " + parent.getClass().getSimpleName()
                + (parent.getId() == null ? "" : "#" + parent.getId());
        return name + id + text + where;
    }
}
