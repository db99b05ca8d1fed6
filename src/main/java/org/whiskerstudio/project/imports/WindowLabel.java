package org.whiskerstudio.project.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The label a window takes from the labels of its rows; blank cells carry no label. */
final class WindowLabel {
    private WindowLabel() {
    }

    static Optional<String> of(List<String> rowLabels, SeriesOptions.LabelPolicy policy) {
        if (policy == SeriesOptions.LabelPolicy.LAST) {
            String last = rowLabels.isEmpty() ? "" : rowLabels.get(rowLabels.size() - 1).strip();
            return last.isEmpty() ? Optional.empty() : Optional.of(last);
        }
        // Insertion order makes a tie go to the label met first: the same window always gets the same label.
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String label : rowLabels) {
            if (!label.isBlank()) {
                counts.merge(label.strip(), 1, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }
}
