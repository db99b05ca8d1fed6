package org.whiskerstudio.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Ikonli icons at the studio's standard sizes. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return of(ikon, 16);
    }

    public static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        // The theme sizes icons inside labels and buttons by CSS; an inline style keeps the size asked for.
        // (Ikonli keeps its font in the inline style too, so append rather than replace.)
        icon.setStyle(icon.getStyle() + "-fx-icon-size: " + size + "px;");
        return icon;
    }
}
