package org.whiskerstudio.suggest;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a round of suggesting produced: how many, how many per suggested class, and how many the model hesitated on
 * (margin below {@link #LOW_MARGIN}).
 */
public record SuggestionSummary(long runId, int suggested, Map<String, Integer> perClass, int lowMargin) {
    /** Below this margin between the two most probable classes a suggestion counts as uncertain. */
    public static final double LOW_MARGIN = 0.2;

    public SuggestionSummary {
        perClass = Collections.unmodifiableMap(new TreeMap<>(perClass)); // by class name
    }

    public static SuggestionSummary of(long runId, Collection<Suggestion> suggestions) {
        Map<String, Integer> perClass = new TreeMap<>();
        int low = 0;
        for (Suggestion s : suggestions) {
            perClass.merge(s.className(), 1, Integer::sum);
            if (s.margin() < LOW_MARGIN) {
                low++;
            }
        }
        return new SuggestionSummary(runId, suggestions.size(), perClass, low);
    }
}
