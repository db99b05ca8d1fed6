package org.whiskerstudio.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionTest {
    private static final Instant AT = Instant.EPOCH;

    @Test
    void keepsTheFiveMostProbableClassesMostProbableFirst() {
        List<String> classes = List.of("a", "b", "c", "d", "e", "f", "g");
        Suggestion s = Suggestion.of(1, 1, classes, new float[] {0.05f, 0.3f, 0.02f, 0.2f, 0.1f, 0.03f, 0.3f}, AT);
        assertEquals(List.of("b", "g", "d", "e", "a"), s.top().stream().map(ClassProbability::className).toList(),
                "ties keep the model's class order");
        assertEquals(0, s.margin(), 1e-9);
    }

    @Test
    void aCertainPredictionHasMarginOneAndNoEntropy() {
        Suggestion s = Suggestion.of(1, 1, List.of("a", "b"), new float[] {0, 1}, AT);
        assertEquals("b", s.className());
        assertEquals(1, s.margin(), 1e-9);
        assertEquals(0, s.entropy(), 1e-9);
    }

    @Test
    void theSummaryCountsPerClassAndBelowTheMargin() {
        List<String> classes = List.of("a", "b");
        SuggestionSummary summary = SuggestionSummary.of(7, List.of(
                Suggestion.of(1, 7, classes, new float[] {0.55f, 0.45f}, AT),
                Suggestion.of(2, 7, classes, new float[] {0.9f, 0.1f}, AT),
                Suggestion.of(3, 7, classes, new float[] {0.2f, 0.8f}, AT)));
        assertEquals(3, summary.suggested());
        assertEquals(Map.of("a", 2, "b", 1), summary.perClass());
        assertEquals(1, summary.lowMargin());
    }

    @Test
    void ordersAreNamedByTheirCommandLineKeys() {
        assertEquals(SuggestionOrder.CLASS, SuggestionOrder.byKey(" Class ").orElseThrow());
        assertEquals(List.of("uncertain", "certain", "class"),
                List.of(SuggestionOrder.values()).stream().map(SuggestionOrder::key).toList());
    }
}
