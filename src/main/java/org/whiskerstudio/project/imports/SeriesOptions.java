package org.whiskerstudio.project.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.project.sequences.Series;

/**
 * How CSV files become series examples.
 *
 * @param features    the feature columns, in order; empty means every numeric column (other than the label and group
 *                    columns)
 * @param window      empty: each file is one series (labelled by its class folder, if any); present: each file is
 *                    one long series cut into windows labelled from {@code labelColumn}
 * @param labelNames  readable class names for raw label values ("0" to "normal"); values not in it keep their text
 */
public record SeriesOptions(List<String> features, Optional<Windows> window, Map<String, String> labelNames) {
    /** Which label a window takes from its rows. */
    public enum LabelPolicy {
        /** The label most rows carry (a tie goes to the label met first in the window). */
        MAJORITY,
        /** The label of the window's last row (what happened at the end: "will it rain tomorrow"). */
        LAST
    }

    /**
     * Windowing of one long series.
     *
     * @param group rows are split by this column's value first (rows kept in file order), so no window spans two
     */
    public record Windows(String labelColumn, int length, int stride, Optional<String> group, LabelPolicy policy) {
        /** Far beyond any sensible stride, yet small enough that arithmetic on it cannot overflow. */
        public static final int MAX_STRIDE = 10_000_000;

        public Windows {
            if (labelColumn.isBlank()) {
                throw new IllegalArgumentException("a windowed import needs a label column");
            }
            if (length < 1 || length > Series.MAX_STEPS) {
                throw new IllegalArgumentException("the window length must be 1 to " + Series.MAX_STEPS + " rows, not " + length);
            }
            if (stride < 1 || stride > MAX_STRIDE) {
                throw new IllegalArgumentException("the stride must be 1 to " + MAX_STRIDE + " rows, not " + stride);
            }
            labelColumn = labelColumn.strip();
            group = group.map(String::strip).filter(g -> !g.isEmpty());
        }
    }

    public SeriesOptions {
        features = features.stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
        labelNames = Map.copyOf(labelNames);
        if (features.size() > Series.MAX_FEATURES) {
            throw new IllegalArgumentException("at most " + Series.MAX_FEATURES + " feature columns, not " + features.size());
        }
    }

    /** One series per file, every numeric column a feature. */
    public static SeriesOptions perFile() {
        return new SeriesOptions(List.of(), Optional.empty(), Map.of());
    }

    public static SeriesOptions windowed(List<String> features, Windows windows) {
        return new SeriesOptions(features, Optional.of(windows), Map.of());
    }

    public SeriesOptions withLabelNames(Map<String, String> names) {
        return new SeriesOptions(features, window, names);
    }

    String className(String raw) {
        return labelNames.getOrDefault(raw.strip(), raw.strip());
    }
}
