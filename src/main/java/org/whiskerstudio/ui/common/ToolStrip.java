package org.whiskerstudio.ui.common;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A tool bar that never hides a control: a JavaFX ToolBar moves whatever does not fit at its preferred width into
 * an overflow menu (the Data search box at 1024 px). Here buttons and labels keep their full text, and only what
 * can shrink (a search field, a wrapping group) gives up width. Styled as a tool bar.
 */
public final class ToolStrip {
    private ToolStrip() {
    }

    public static HBox of(Node... items) {
        HBox strip = new HBox(4, items);
        for (Node item : items) {
            if (item instanceof Labeled labeled) {
                labeled.setMinWidth(Region.USE_PREF_SIZE);
            }
            // Flat, as the theme draws buttons in a tool bar.
            if (item instanceof ButtonBase button && !(item instanceof CheckBox)) {
                button.getStyleClass().add("flat");
            }
        }
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("tool-bar");
        return strip;
    }

    /** A tool bar's separator: a vertical line between groups of controls. */
    public static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
