package org.whiskerstudio.ui.common;

import java.util.List;
import javafx.scene.paint.Color;
import org.whiskerstudio.project.imports.SequenceThumbnails;

/**
 * The series line colours, the same as the thumbnails' so a feature keeps its colour from grid to plot (and to the
 * Train screen's reconstructions).
 */
public final class SequenceColours {
    public static final List<Color> PALETTE = SequenceThumbnails.PALETTE.stream()
            .map(c -> Color.rgb(c.getRed(), c.getGreen(), c.getBlue())).toList();

    private SequenceColours() {
    }

    /** Feature {@code f}'s colour (the palette repeats after its last). */
    public static Color of(int feature) {
        return PALETTE.get(feature % PALETTE.size());
    }
}
