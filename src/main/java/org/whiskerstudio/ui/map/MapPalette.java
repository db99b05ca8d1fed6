package org.whiskerstudio.ui.map;

import java.util.Optional;
import javafx.scene.paint.Color;
import org.whiskerstudio.map.MapColouring;

/**
 * The map's colours: a category's own colour when the colouring names one (a class's, as its chips elsewhere), else
 * twenty categorical ones (Tableau 20 order, distinct in both themes); grey for none.
 */
final class MapPalette {
    private static final Color[] COLOURS = {
        Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#2ca02c"), Color.web("#d62728"), Color.web("#9467bd"),
        Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#17becf"), Color.web("#bcbd22"), Color.web("#7f7f7f"),
        Color.web("#aec7e8"), Color.web("#ffbb78"), Color.web("#98df8a"), Color.web("#ff9896"), Color.web("#c5b0d5"),
        Color.web("#c49c94"), Color.web("#f7b6d2"), Color.web("#9edae5"), Color.web("#dbdb8d"), Color.web("#393b79"),
    };
    private static final Color NONE = Color.gray(0.6, 0.55);
    private static final Color SELECTION = Color.web("#f0c000");

    /** A category's colour; -1 (unlabelled, no suggestion) is a faint grey. */
    Color colour(int category) {
        return category < 0 ? NONE : COLOURS[category % COLOURS.length];
    }

    /** One colour per legend entry of {@code colouring}. */
    Color[] colours(MapColouring colouring) {
        Color[] out = new Color[colouring.legend().size()];
        for (int i = 0; i < out.length; i++) {
            int index = i;
            out[i] = colouring.colour(i).flatMap(MapPalette::parse).orElseGet(() -> colour(index));
        }
        return out;
    }

    /** A stored class colour; empty when it is not one JavaFX reads (the palette's is used then). */
    private static Optional<Color> parse(String css) {
        try {
            return Optional.of(Color.web(css));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Grey, for points without a category. */
    Color none() {
        return NONE;
    }

    Color selection() {
        return SELECTION;
    }
}
