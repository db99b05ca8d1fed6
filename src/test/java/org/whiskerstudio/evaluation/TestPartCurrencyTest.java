package org.whiskerstudio.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestPartCurrencyTest {
    private static final List<String> CLASSES = List.of("cat", "dog");
    private static final Instant MODEL_WRITTEN = Instant.parse("2026-01-02T03:00:00Z");
    private static final List<TestPartCurrency.Member> NOW = List.of(
            new TestPartCurrency.Member(1, "h1", "cat"), new TestPartCurrency.Member(2, "h2", "dog"));

    private static Evaluation saved(long runId, String evaluatedAt, List<ScoredExample> predictions) {
        return new Evaluation(runId, "run", TestPartCurrency.TEST_PART, evaluatedAt, CLASSES, predictions, List.of());
    }

    private static Evaluation saved() {
        return saved(7, "2026-01-02T04:00:00Z", List.of(ScoredExample.of(1, "h1", 0, new float[] {0.9f, 0.1f}),
                ScoredExample.of(2, "h2", 1, new float[] {0.4f, 0.6f})));
    }

    @Test
    void theSameRunModelAndTestImagesMakeItCurrent() {
        assertTrue(TestPartCurrency.isCurrent(saved(), 7, CLASSES, MODEL_WRITTEN, NOW));
    }

    @Test
    void anotherRunsEvaluationIsNotCurrent() {
        assertFalse(TestPartCurrency.isCurrent(saved(), 8, CLASSES, MODEL_WRITTEN, NOW));
    }

    @Test
    void aModelWrittenAfterTheEvaluationMakesItStale() {
        assertFalse(TestPartCurrency.isCurrent(saved(), 7, CLASSES, Instant.parse("2026-01-02T05:00:00Z"), NOW));
    }

    @Test
    void anImageAddedToTheTestPartMakesItStale() {
        List<TestPartCurrency.Member> more = List.of(NOW.get(0), NOW.get(1), new TestPartCurrency.Member(3, "h3", "cat"));
        assertFalse(TestPartCurrency.isCurrent(saved(), 7, CLASSES, MODEL_WRITTEN, more));
    }

    @Test
    void aRelabelledTestImageMakesItStale() {
        List<TestPartCurrency.Member> relabelled = List.of(NOW.get(0), new TestPartCurrency.Member(2, "h2", "cat"));
        assertFalse(TestPartCurrency.isCurrent(saved(), 7, CLASSES, MODEL_WRITTEN, relabelled));
    }

    @Test
    void anEvaluationOfAnotherProjectIsNotTheTestPart() {
        Evaluation other = new Evaluation(7, "run", "project /data/other", "2026-01-02T04:00:00Z", CLASSES,
                saved().predictions(), List.of());
        assertFalse(TestPartCurrency.isCurrent(other, 7, CLASSES, MODEL_WRITTEN, NOW));
    }

    @Test
    void theMeanLossIsTheCrossEntropyOfTheTrueClass() {
        assertEquals(-(Math.log(0.9) + Math.log(0.6)) / 2, saved().meanLoss(), 1e-6);
    }
}
