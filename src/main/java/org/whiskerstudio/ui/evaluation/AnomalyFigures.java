package org.whiskerstudio.ui.evaluation;

import java.util.Locale;
import java.util.Optional;
import org.whiskerstudio.evaluation.AnomalyEvaluation;
import org.whiskerstudio.evaluation.AnomalyScores;
import org.whiskerstudio.evaluation.RankCurves;

/** The sentences the anomaly tab shows at a threshold: how many examples it flags, and how well when that is known. */
final class AnomalyFigures {
    private AnomalyFigures() {
    }

    /** "12 of 300 test examples score above the threshold (called anomalies); 288 at or below." */
    static String counts(AnomalyScores scores, double threshold) {
        int all = scores.scores().length;
        int above = scores.flagged(threshold);
        return above + " of " + all + " test examples score above the threshold (called anomalies); " + (all - above)
                + " at or below.";
    }

    /** "AUROC 0.912 · AP 0.840 · 12 of 300 called anomalies" (the areas only when anomalies are labelled). */
    static String headline(AnomalyScores scores, Optional<RankCurves> curves, double threshold) {
        String flagged = scores.flagged(threshold) + " of " + scores.scores().length + " called anomalies";
        return curves.map(c -> String.format(Locale.ROOT, "AUROC %.3f \u00b7 AP %.3f \u00b7 ", c.auc(),
                c.averagePrecision())).orElse("") + flagged;
    }

    /**
     * Precision, recall and F1 of the verdict against the known anomalies (classes other than the normal one); "" when
     * the test part has no known anomalies or no normal examples, so nothing is known to measure against.
     */
    static String atThreshold(AnomalyEvaluation evaluation, AnomalyScores scores, double threshold) {
        if (evaluation.curves().isEmpty()) {
            return "";
        }
        double precision = scores.precisionAt(threshold);
        double recall = scores.recallAt(threshold);
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return String.format(Locale.ROOT, "Against the labels (anomaly = not %s): precision %s, recall %.3f, F1 %s",
                evaluation.normalClass(), Double.isNaN(precision) ? "-" : String.format(Locale.ROOT, "%.3f", precision),
                recall, Double.isNaN(precision) ? "-" : String.format(Locale.ROOT, "%.3f", f1));
    }

    /** What the tab says while nothing is known about the anomalies: why, and how to get the curves. */
    static String noLabelledAnomalies(AnomalyEvaluation evaluation) {
        return evaluation.normalClass().isEmpty()
                ? "This run learned from all classes, so no test example is known to be an anomaly: no ROC or "
                        + "precision-recall. Train with a normal class to measure how well it finds the others."
                : "The test part has no labelled examples both of " + evaluation.normalClass()
                        + " and of another class: no ROC or precision-recall.";
    }
}
