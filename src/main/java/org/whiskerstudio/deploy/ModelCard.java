package org.whiskerstudio.deploy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.training.Provenance;

/**
 * What a model bundle says about its model: everything needed to feed it as training did and to judge it.
 *
 * @param classes            class names in label order (output i is classes[i])
 * @param architectureJson   the architecture as {@code ArchitectureJson} writes it (authoritative for the network)
 * @param trainingConfigJson the run's settings as {@code TrainingConfigJson} writes them
 * @param modelSha256        of the bundle's {@code model.zip}, checked on load
 */
public record ModelCard(int formatVersion, String name, Instant created, List<String> classes, TensorShape input,
                        Preprocessing preprocessing, Layout layout, Normalisation normalisation, String architectureJson,
                        String trainingConfigJson, Optional<TestMetrics> test, Provenance provenance,
                        String modelSha256) {
    public static final int FORMAT_VERSION = 1;

    public ModelCard {
        classes = List.copyOf(classes);
    }

    /** Scores on the project's test part, which training never saw. */
    public record TestMetrics(double accuracy, double loss, long examples) {
        /** The metrics of a test-part evaluation: accuracy, its mean cross-entropy, and how many examples it scored. */
        public static TestMetrics of(Evaluation evaluation) {
            return new TestMetrics(evaluation.matrix().accuracy(), evaluation.meanLoss(),
                    evaluation.predictions().size());
        }
    }
}
