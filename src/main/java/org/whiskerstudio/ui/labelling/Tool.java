package org.whiskerstudio.ui.labelling;

/** What a click or drag on the canvas does. */
public enum Tool {
    SELECT("Select and move (V)"), BOX("Draw boxes (B)"), POLYGON("Draw polygons (P)"),
    POINT("Draw points (K): a click places one"), LINE("Draw lines (L): click points, Enter or double click ends"),
    CIRCLE("Draw circles (C): drag from the centre");

    private final String title;

    Tool(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
