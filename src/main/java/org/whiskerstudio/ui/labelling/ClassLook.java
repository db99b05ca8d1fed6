package org.whiskerstudio.ui.labelling;

import javafx.scene.paint.Color;
import org.whiskerstudio.project.LabelClass;

/** How the canvas draws a class's regions: its name on a tab in its colour. */
record ClassLook(String name, Color colour) {
    /** For a region whose class is not (or no longer) in the list. */
    static final ClassLook UNKNOWN = new ClassLook("?", Color.GRAY);

    static ClassLook of(LabelClass labelClass) {
        return new ClassLook(labelClass.name(), Color.web(labelClass.color()));
    }

    /** Black or white, whichever reads better on the class colour (relative luminance, as WCAG weighs it). */
    Color textColour() {
        double luminance = 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
        return luminance > 0.5 ? Color.BLACK : Color.WHITE;
    }
}
