package org.whiskerstudio.ui.labelling;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.whiskerstudio.labelling.Shape;

/** The Label screen's keys, in one place so the help panel and the code agree. */
final class KeyBindings {
    static final String HELP = String.join("\n",
            "1 ... 9        give the selected region that class (a box is selected once drawn);",
            "               else tag the example (single-label: replace; multi-label: toggle);",
            "               else, with a drawing tool, choose the class of new boxes (or click a class)",
            "V / B / P      select tool / draw boxes / draw polygons",
            "K / L / C      draw points (click) / lines (click points) / circles (drag from the centre)",
            "Enter          finish the polygon or line being drawn;  Backspace: remove its last point",
            "Esc            drop the polygon or line being drawn, else unselect, else back to the select tool",
            "Enter          (no polygon drawn) accept the suggestion shown and move on",
            "Shift+Enter    accept every suggestion in the queue at or above the threshold (one undo)",
            "Q              open or close the suggestion queue",
            "Y / Shift+Y    accept the best box a detector offers / every box offered (one undo)",
            "X / Shift+X    dismiss the best box offered / every one (a click accepts one, a right click dismisses)",
            "D, Page Down   next example          A, Page Up   previous example",
            "N              next unlabelled       R            mark reviewed (and move on in review mode)",
            "Arrows         nudge the selected shape 1 px (Shift: 10 px)",
            "Delete         delete the selected shape (or the polygon vertex just clicked, with Shift)",
            "Ctrl+Z         undo                  Ctrl+Shift+Z or Ctrl+Y   redo",
            "F              fit                   Ctrl+0       1:1          + / -   zoom",
            "Wheel          zoom at the pointer   Space+drag or middle drag   pan");

    private KeyBindings() {
    }

    static boolean handle(KeyEvent e, LabelViewModel model, AnnotationCanvas canvas) {
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            if (code == KeyCode.Z && e.isShiftDown() || code == KeyCode.Y) {
                model.redo();
                return true;
            }
            if (code == KeyCode.Z) {
                model.undo();
                return true;
            }
            if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
                canvas.oneToOne();
                return true;
            }
            return false;
        }
        if (code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            model.classKey(Integer.parseInt(code.getChar().isEmpty() ? "0" : digitOf(code)));
            return true;
        }
        double step = e.isShiftDown() ? 10 : 1;
        switch (code) {
            case SPACE -> canvas.setPanKeyDown(true);
            case V -> {
                if (!canvas.cancelPolygon()) {
                    model.toolProperty().set(Tool.SELECT);
                    model.selectedProperty().set(0);
                }
            }
            case ESCAPE -> escape(model, canvas);
            case Q -> model.suggestions().toggleQueue();
            case Y -> {
                if (e.isShiftDown()) {
                    model.boxAssist().acceptAll();
                } else {
                    model.boxAssist().acceptBest();
                }
            }
            case X -> {
                if (e.isShiftDown()) {
                    model.boxAssist().dismissAll();
                } else {
                    model.boxAssist().dismissBest();
                }
            }
            case B -> model.toolProperty().set(Tool.BOX);
            case P -> model.toolProperty().set(Tool.POLYGON);
            case K -> model.toolProperty().set(Tool.POINT);
            case L -> model.toolProperty().set(Tool.LINE);
            case C -> model.toolProperty().set(Tool.CIRCLE);
            case ENTER -> enter(e, model, canvas);
            case D, PAGE_DOWN -> model.next();
            case A, PAGE_UP -> model.previous();
            case N -> model.nextUnlabelled();
            case R -> model.toggleReviewed();
            case F -> canvas.fit();
            case PLUS, ADD, EQUALS -> canvas.zoom(1.25);
            case MINUS, SUBTRACT -> canvas.zoom(0.8);
            case LEFT -> arrow(model, -step, 0, () -> model.previous());
            case RIGHT -> arrow(model, step, 0, () -> model.next());
            case UP -> arrow(model, 0, -step, () -> { });
            case DOWN -> arrow(model, 0, step, () -> { });
            case BACK_SPACE -> {
                if (!canvas.removeLastPolygonPoint()) {
                    model.deleteSelected();
                }
            }
            case DELETE -> {
                if (e.isShiftDown()) {
                    canvas.lastPress().flatMap(canvas::vertexNear)
                            .ifPresent(v -> model.deleteVertex(model.selectedProperty().get(), v));
                } else {
                    model.deleteSelected();
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Enter closes a polygon being drawn, else accepts the suggestion shown; Shift+Enter accepts in bulk. */
    private static void enter(KeyEvent e, LabelViewModel model, AnnotationCanvas canvas) {
        if (e.isShiftDown()) {
            model.suggestions().acceptSuggestionsAbove();
        } else if (!canvas.finishPolygon()) {
            model.suggestions().acceptSuggestion();
        }
    }

    /**
     * Esc undoes one step of state at a time: the polygon being drawn, then the selection (keeping a drawing tool,
     * so the next key picks the class of new boxes instead of re-classing the box just drawn), then the tool.
     */
    private static void escape(LabelViewModel model, AnnotationCanvas canvas) {
        if (canvas.cancelPolygon()) {
            return;
        }
        boolean drawing = model.toolProperty().get() != Tool.SELECT;
        if (!drawing || model.selectedProperty().get() == 0) {
            model.toolProperty().set(Tool.SELECT);
        }
        model.selectedProperty().set(0);
    }

    /** Arrows nudge the selected shape; with nothing selected, left/right move between images. */
    private static void arrow(LabelViewModel model, double dx, double dy, Runnable otherwise) {
        if (model.selectedAnnotation().filter(a -> !(a.shape() instanceof Shape.Tag)).isPresent()) {
            model.nudge(dx, dy);
        } else {
            otherwise.run();
        }
    }

    private static String digitOf(KeyCode code) {
        String name = code.getName();
        return name.substring(name.length() - 1);
    }
}
