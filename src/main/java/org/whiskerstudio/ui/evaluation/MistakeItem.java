package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.whiskerstudio.suggest.LabelMistake;

/** One possible label mistake as the gallery shows it: the mistake and its example's file if known. */
public record MistakeItem(LabelMistake mistake, Optional<Path> file) {
    public String caption() {
        return String.format(Locale.ROOT, "labelled %s, the run says %s at %.1f%%", mistake.label(),
                mistake.predicted(), 100 * mistake.probability());
    }
}
