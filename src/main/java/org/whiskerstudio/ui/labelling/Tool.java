package org.whiskerstudio.ui.labelling;

/** What a drag on the canvas does. */
public enum Tool {
    SELECT("Select and move (V)"), BOX("Draw boxes (B)"), POLYGON("Draw polygons (P)");

    private final String title;

    Tool(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
