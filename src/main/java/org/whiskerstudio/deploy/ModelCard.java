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
 * @param onnx               the bundle's {@code model.onnx} when it carries one, with how it agreed with DL4J
 */
public record ModelCard(int formatVersion, String name, Instant created, List<String> classes, TensorShape input,
                        Preprocessing preprocessing, Layout layout, Normalisation normalisation, String architectureJson,
                        String trainingConfigJson, Optional<TestMetrics> test, Provenance provenance,
                        String modelSha256, Optional<OnnxEntry> onnx) {
    public static final int FORMAT_VERSION = 1;

    public ModelCard {
        classes = List.copyOf(classes);
    }

    /** A card for a bundle without {@code model.onnx}. */
    public ModelCard(int formatVersion, String name, Instant created, List<String> classes, TensorShape input,
                     Preprocessing preprocessing, Layout layout, Normalisation normalisation, String architectureJson,
                     String trainingConfigJson, Optional<TestMetrics> test, Provenance provenance, String modelSha256) {
        this(formatVersion, name, created, classes, input, preprocessing, layout, normalisation, architectureJson,
                trainingConfigJson, test, provenance, modelSha256, Optional.empty());
    }

    /** The same card, saying the bundle also carries {@code model.onnx}. */
    public ModelCard withOnnx(OnnxEntry entry) {
        return new ModelCard(formatVersion, name, created, classes, input, preprocessing, layout, normalisation,
                architectureJson, trainingConfigJson, test, provenance, modelSha256, Optional.of(entry));
    }

    /** The bundle's {@code model.onnx}: its SHA-256 (checked on load) and its parity check at export. */
    public record OnnxEntry(OnnxParity parity, String sha256) {
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
