package org.whiskerstudio.ui.deploy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.whiskerstudio.deploy.Prediction;

/** One tried image: its prediction, or why it could not be predicted. */
public record ResultRow(Path file, Optional<Prediction> prediction, String error) {
    public static ResultRow of(Path file, Prediction p) {
        return new ResultRow(file, Optional.of(p), "");
    }

    public static ResultRow failed(Path file, String error) {
        return new ResultRow(file, Optional.empty(), error);
    }

    /** "cat.png: CAT 0.95, DOG 0.04 (3.1 ms)". */
    public String summary() {
        return file.getFileName() + ": " + prediction.map(p -> p.summary()
                + String.format(Locale.ROOT, " (%.1f ms)", p.millis())).orElse(error);
    }
}
