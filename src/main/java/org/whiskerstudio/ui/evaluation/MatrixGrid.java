package org.whiskerstudio.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.whiskerstudio.detection.DetectionConfusion;
import org.whiskerstudio.evaluation.ConfusionMatrix;

/**
 * What {@link MatrixView} draws: square counts, rows the true class and columns the predicted one, their names, and
 * what a cell says when pointed at. An image classifier's matrix and the box matrix of a detector (with its
 * background row and column) both make one.
 */
record MatrixGrid(List<String> classes, int[][] counts, Describer describer) {
    /** A cell's tooltip. */
    @FunctionalInterface
    interface Describer {
        String describe(MatrixGrid grid, int truth, int predicted);
    }

    MatrixGrid {
        classes = List.copyOf(classes);
    }

    static MatrixGrid of(ConfusionMatrix m) {
        int n = m.size();
        int[][] counts = new int[n][n];
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < n; p++) {
                counts[t][p] = m.count(t, p);
            }
        }
        return new MatrixGrid(m.classes(), counts, (g, t, p) -> String.format(Locale.ROOT,
                "True %s, predicted %s: %d example%s (%.1f%% of %s)", g.classes().get(t), g.classes().get(p),
                g.count(t, p), g.count(t, p) == 1 ? "" : "s", 100 * g.rate(t, p), g.classes().get(t)));
    }

    /** The box matrix, its last row and column named "background". */
    static MatrixGrid of(DetectionConfusion m, List<String> classes, Describer describer) {
        List<String> names = new ArrayList<>(classes);
        names.add("background");
        return new MatrixGrid(names, m.counts(), describer);
    }

    int size() {
        return classes.size();
    }

    int count(int truth, int predicted) {
        return counts[truth][predicted];
    }

    /** The count as a share of its row (0 for an empty row): rows sum to 1. */
    double rate(int truth, int predicted) {
        int row = 0;
        for (int c : counts[truth]) {
            row += c;
        }
        return row == 0 ? 0 : (double) counts[truth][predicted] / row;
    }

    int maxCount() {
        int max = 0;
        for (int[] row : counts) {
            for (int c : row) {
                max = Math.max(max, c);
            }
        }
        return max;
    }

    String describe(int truth, int predicted) {
        return describer.describe(this, truth, predicted);
    }
}
