package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.util.Optional;
import org.whiskerstudio.evaluation.AnomalyEvaluation;

/**
 * One example of the anomaly gallery: its score and class, its rank (1 is the most anomalous), whether the threshold
 * calls it an anomaly, and its picture (an image, or a series' or text's thumbnail) when there is one.
 */
public record AnomalyItem(AnomalyEvaluation.Scored example, int rank, boolean flagged, Optional<Path> file) {
    /** "#3  score 0.0412" (four significant digits) */
    public String scoreText() {
        return "#" + rank + "  score " + ScoreHistogramView.number(example.score());
    }

    /** The class it carries, or that it has none. */
    public String classText() {
        return example.className().isEmpty() ? "no class" : example.className();
    }
}
