package org.whiskerstudio.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.whiskerstudio.training.AnomalyScore;
import org.whiskerstudio.training.AnomalyThreshold;

/**
 * An autoencoder run's anomaly scores over the test part, with the threshold that decides the verdict: by default
 * the {@link AnomalyScores#DEFAULT_PERCENTILE 99th percentile} of the normal validation examples' scores, so about
 * one normal example in a hundred is flagged. Examples whose class is not the normal class count as anomalies.
 *
 * @param normalClass     the class the run learned as normal; "" for all labelled examples
 * @param test            the test part's examples, scored
 * @param threshold       the default threshold
 * @param thresholdSource how the threshold was chosen, for the reader ("99th percentile of 180 normal validation
 *                        examples")
 * @param score           what the scores are; a file saved before the code distance has none and is of the
 *                        reconstruction error ({@link SavedEvaluations#readAnomalies} then reads it as absent)
 */
public record AnomalyEvaluation(String runName, String normalClass, List<Scored> test, double threshold,
                                String thresholdSource, List<String> notes, AnomalyScore score) {
    /** One example with its class and anomaly score. */
    public record Scored(long imageId, String className, double score) {
    }

    public AnomalyEvaluation {
        test = List.copyOf(test);
        notes = List.copyOf(notes);
        score = score == null ? AnomalyScore.RECONSTRUCTION_ERROR : score;
    }

    /**
     * Scores by {@link AnomalyScore#CODE_DISTANCE}, as runs answer, with the threshold of the normal examples among
     * {@code validation} (their 99th percentile); when there are none, of the normal test examples, said so, since
     * the test part then also chose the threshold.
     */
    public static AnomalyEvaluation of(String runName, String normalClass, List<Scored> validation,
                                       List<Scored> test, List<String> notes) {
        AnomalyThreshold threshold = defaultThreshold(normalClass, validation, () -> test)
                .orElseThrow(() -> new IllegalArgumentException("No normal examples to set a threshold on: label some "
                        + "examples " + (normalClass.isEmpty() ? "" : "of class " + normalClass + " ")
                        + "in the validation part."));
        return new AnomalyEvaluation(runName, normalClass, test, threshold.value(), threshold.source(), notes,
                AnomalyScore.CODE_DISTANCE);
    }

    /**
     * The default threshold: the {@link AnomalyScores#DEFAULT_PERCENTILE 99th percentile} of the normal validation
     * examples' scores; when there are none, of the normal test examples ({@code test} is only asked then), said so,
     * since the test part then also chose the threshold. Empty when neither part has a normal example.
     */
    public static Optional<AnomalyThreshold> defaultThreshold(String normalClass, List<Scored> validation,
                                                              Supplier<List<Scored>> test) {
        double[] normal = normalScores(validation, normalClass);
        boolean fromValidation = normal.length > 0;
        if (!fromValidation) {
            normal = normalScores(test.get(), normalClass);
        }
        if (normal.length == 0) {
            return Optional.empty();
        }
        return Optional.of(new AnomalyThreshold(AnomalyScores.percentile(normal, AnomalyScores.DEFAULT_PERCENTILE),
                "99th percentile of " + normal.length + " normal " + (fromValidation ? "validation" : "test")
                        + " examples" + (fromValidation ? "" : " (the project has no normal validation examples)")));
    }

    private static double[] normalScores(List<Scored> examples, String normalClass) {
        return examples.stream().filter(e -> isNormal(e.className(), normalClass)).mapToDouble(Scored::score)
                .toArray();
    }

    private static boolean isNormal(String className, String normalClass) {
        return normalClass.isEmpty() || normalClass.equals(className);
    }

    /** The test scores with their known anomalies (class other than the normal one). */
    public AnomalyScores scores() {
        double[] scores = test.stream().mapToDouble(Scored::score).toArray();
        boolean[] anomaly = new boolean[test.size()];
        for (int i = 0; i < anomaly.length; i++) {
            anomaly[i] = !isNormal(test.get(i).className(), normalClass);
        }
        return new AnomalyScores(scores, anomaly);
    }

    /** ROC and PR of the test part when it holds both normal examples and anomalies. */
    public Optional<RankCurves> curves() {
        return scores().curves();
    }

    /** The test examples, most anomalous first. */
    public List<Scored> mostAnomalous() {
        return scores().ranking().stream().map(test::get).toList();
    }

    /**
     * The same scores with the classes the examples carry now ({@code current}, by image id): a relabelled example
     * moves between normal and anomaly without scoring again (its score does not depend on its label: the run's normal
     * codes are kept as the run first computed them, see {@code evaluation.dl4j.RunCodes}). Examples no
     * longer carrying one class keep the class they were scored with.
     */
    public AnomalyEvaluation withLabels(Map<Long, String> current) {
        List<Scored> relabelled = test.stream().map(e -> new Scored(e.imageId(),
                current.getOrDefault(e.imageId(), e.className()), e.score())).toList();
        return new AnomalyEvaluation(runName, normalClass, relabelled, threshold, thresholdSource, notes, score);
    }
}
