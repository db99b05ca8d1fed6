package org.whiskerstudio.ui.labelling;

import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/**
 * One drag of a shape on the canvas, from press to release: a box or circle being drawn, a region being moved, or one
 * of its handles. Pure geometry without a toolkit: the canvas previews {@link #preview()} as the pointer moves and
 * reports the result once, on release, so one drag is one undoable edit.
 */
final class ShapeDrag {
    private enum Kind { DRAW_BOX, DRAW_CIRCLE, MOVE, HANDLE }

    private final Kind kind;
    private final Point press;
    private final Shape original;
    private final int handle;
    private Shape preview;

    private ShapeDrag(Kind kind, Point press, Shape original, int handle) {
        this.kind = kind;
        this.press = press;
        this.original = original;
        this.handle = handle;
        this.preview = original;
    }

    /** Drawing with the box or circle tool from {@code press}. */
    static ShapeDrag drawing(Tool tool, Point press) {
        Kind kind = tool == Tool.CIRCLE ? Kind.DRAW_CIRCLE : Kind.DRAW_BOX;
        return new ShapeDrag(kind, press, drawn(kind, press, press), -1);
    }

    static ShapeDrag moving(Shape shape, Point press) {
        return new ShapeDrag(Kind.MOVE, press, shape, -1);
    }

    /** Dragging handle {@code handle} as {@link ShapeGeometry#handles} numbers them. */
    static ShapeDrag handle(Shape shape, int handle, Point press) {
        return new ShapeDrag(Kind.HANDLE, press, shape, handle);
    }

    /** The pointer is at {@code now}: the preview follows. */
    void to(Point now) {
        preview = switch (kind) {
            case DRAW_BOX, DRAW_CIRCLE -> drawn(kind, press, now);
            case MOVE -> ShapeGeometry.translate(original, now.x() - press.x(), now.y() - press.y());
            case HANDLE -> ShapeGeometry.withHandle(original, handle, now);
        };
    }

    Shape preview() {
        return preview;
    }

    /** Whether it makes a new region (else it changes the selected one). */
    boolean draws() {
        return kind == Kind.DRAW_BOX || kind == Kind.DRAW_CIRCLE;
    }

    /** How the undo menu names the change. */
    String description() {
        return switch (kind) {
            case DRAW_BOX, DRAW_CIRCLE -> "Draw " + preview.kind();
            case MOVE -> "Move " + original.kind();
            case HANDLE -> ShapeGeometry.handleEdit(original, handle);
        };
    }

    private static Shape.Region drawn(Kind kind, Point from, Point to) {
        return kind == Kind.DRAW_CIRCLE ? new Shape.Circle(from, Math.hypot(to.x() - from.x(), to.y() - from.y()))
                : new Shape.Box(from.x(), from.y(), to.x(), to.y());
    }
}
