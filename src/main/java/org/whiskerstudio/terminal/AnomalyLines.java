package org.whiskerstudio.terminal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.whiskerstudio.evaluation.AnomalyEvaluation;
import org.whiskerstudio.evaluation.AnomalyScores;
import org.whiskerstudio.evaluation.RankCurves;

/** An autoencoder run's anomaly metrics as {@code whisker evaluate} prints them. */
public final class AnomalyLines {
    /** Most anomalous test examples listed. */
    static final int LISTED = 10;

    private AnomalyLines() {
    }

    public static void print(PrintWriter out, AnomalyEvaluation e) {
        AnomalyScores scores = e.scores();
        double t = e.threshold();
        out.printf(Locale.ROOT, "%s (autoencoder) on the test part: %d examples; normal: %s%n", e.runName(),
                e.test().size(), e.normalClass().isEmpty() ? "every labelled class" : e.normalClass());
        out.printf(Locale.ROOT, "Score           %s%n", e.score().label());
        out.printf(Locale.ROOT, "Threshold       %.6g (%s)%n", t, e.thresholdSource());
        out.printf(Locale.ROOT, "Flagged         %d of %d%n", scores.flagged(t), e.test().size());
        e.curves().ifPresentOrElse(curves -> known(out, scores, curves, t),
                () -> out.println("No anomalies are labelled in the test part (every example is of the normal "
                        + "class), so there is no ROC or PR curve."));
        List<AnomalyEvaluation.Scored> top = e.mostAnomalous().stream().limit(LISTED).toList();
        out.println();
        out.println("Most anomalous test examples:");
        for (AnomalyEvaluation.Scored s : top) {
            out.printf(Locale.ROOT, "  image %-8d %-16s score %.6g%s%n", s.imageId(), s.className(), s.score(),
                    AnomalyScores.isAnomaly(s.score(), t) ? "  anomaly" : "");
        }
        e.notes().forEach(n -> out.println("Note: " + n));
    }

    private static void known(PrintWriter out, AnomalyScores scores, RankCurves curves, double t) {
        out.printf(Locale.ROOT, "AUROC           %.4f%n", curves.auc());
        out.printf(Locale.ROOT, "Avg precision   %.4f%n", curves.averagePrecision());
        out.printf(Locale.ROOT, "At threshold    precision %s, recall %s%n", f(scores.precisionAt(t)),
                f(scores.recallAt(t)));
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
