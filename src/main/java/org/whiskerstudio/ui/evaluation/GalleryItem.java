package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.whiskerstudio.evaluation.ScoredExample;

/** One image of the gallery: its prediction, the names of its true and predicted class, and its file if known. */
public record GalleryItem(ScoredExample prediction, String trueName, String predictedName, Optional<Path> file) {
    public String caption() {
        return String.format(Locale.ROOT, "%s \u2192 %s  %.1f%%", trueName, predictedName,
                100 * prediction.confidence());
    }
}
