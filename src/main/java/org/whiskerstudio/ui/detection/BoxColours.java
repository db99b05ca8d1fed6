package org.whiskerstudio.ui.detection;

import javafx.scene.paint.Color;

/**
 * A colour per class index for boxes where the project's class colours are not at hand (a run's classes on the
 * Evaluate galleries and the Deploy preview): Tableau's ten categorical colours, which stay apart for most colour
 * vision, then round again.
 */
public final class BoxColours {
    private static final Color[] PALETTE = {
        Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#e15759"), Color.web("#76b7b2"), Color.web("#59a14f"),
        Color.web("#edc948"), Color.web("#b07aa1"), Color.web("#ff9da7"), Color.web("#9c755f"), Color.web("#bab0ac"),
    };

    private BoxColours() {
    }

    public static Color of(int classIndex) {
        return PALETTE[Math.floorMod(classIndex, PALETTE.length)];
    }
}
