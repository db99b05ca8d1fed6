package org.whiskerstudio.ui.labelling;

import java.util.List;
import javafx.scene.paint.Color;
import org.whiskerstudio.project.imports.SequenceThumbnails;

/** The series line colours, the same as the thumbnails' so a feature keeps its colour from grid to plot. */
final class SequenceColours {
    static final List<Color> PALETTE = SequenceThumbnails.PALETTE.stream()
            .map(c -> Color.rgb(c.getRed(), c.getGreen(), c.getBlue())).toList();

    private SequenceColours() {
    }
}
