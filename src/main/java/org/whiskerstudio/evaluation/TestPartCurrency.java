package org.whiskerstudio.evaluation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a saved test-part evaluation still says what scoring the test part now would say, so a model card can
 * take its metrics from it instead of scoring the test part again.
 */
public final class TestPartCurrency {
    /** What a test-part evaluation names as its data. */
    public static final String TEST_PART = "the test part";

    private TestPartCurrency() {
    }

    /** One test example as the model would score it: which image, and its true class by name. */
    public record Member(long imageId, String sha256, String className) {
    }

    /**
     * Current when it is this run's evaluation of the test part with the model's classes, made after the model file
     * was last written (a resumed run writes a new best model), and it scored exactly the examples the model would
     * score now with the same true classes (an image added, dropped, moved out of the test part or relabelled since
     * makes it stale).
     */
    public static boolean isCurrent(Evaluation saved, long runId, List<String> classes, Instant modelWritten,
                                    Collection<Member> scorableNow) {
        return saved.runId() == runId && TEST_PART.equals(saved.data()) && saved.classes().equals(classes)
                && !evaluatedAt(saved).isBefore(modelWritten) && members(saved).equals(new HashSet<>(scorableNow))
                && saved.predictions().size() == scorableNow.size();
    }

    private static Instant evaluatedAt(Evaluation saved) {
        try {
            return Instant.parse(saved.evaluatedAt());
        } catch (DateTimeParseException e) {
            return Instant.MIN; // an unreadable time proves nothing: score again
        }
    }

    private static Set<Member> members(Evaluation saved) {
        Set<Member> out = new HashSet<>();
        for (ScoredExample p : saved.predictions()) {
            out.add(new Member(p.imageId(), p.sha256(), saved.classes().get(p.trueIndex())));
        }
        return out;
    }
}
