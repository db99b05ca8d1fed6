package org.whiskerstudio.deploy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.architecture.Detector;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.NormalCodes;
import org.whiskerstudio.training.AnomalyScore;
import org.whiskerstudio.training.Provenance;

/**
 * What a model bundle says about its model: everything needed to feed it as training did and to judge it.
 *
 * @param classes            class names in label order (output i is classes[i])
 * @param architectureJson   the architecture as {@code ArchitectureJson} writes it (authoritative for the network)
 * @param trainingConfigJson the run's settings as {@code TrainingConfigJson} writes them
 * @param modelSha256        of the bundle's {@code model.zip}, checked on load
 * @param onnx               the bundle's {@code model.onnx} when it carries one, with how it agreed with DL4J
 * @param anomaly            an autoencoder's score, threshold, normal class and reference codes; empty for the other
 *                           kinds
 * @param detector           a detector's input, grid, anchors and thresholds; empty for the other kinds
 */
public record ModelCard(int formatVersion, String name, Instant created, List<String> classes, TensorShape input,
                        Preprocessing preprocessing, Layout layout, Normalisation normalisation, String architectureJson,
                        String trainingConfigJson, Optional<TestMetrics> test, Provenance provenance,
                        String modelSha256, Optional<OnnxEntry> onnx, Optional<AnomalyEntry> anomaly,
                        Optional<DetectorEntry> detector) {
    public static final int FORMAT_VERSION = 1;
    /**
     * The version of a card whose autoencoder scores by code distance: a studio that reads only version 1 refuses it
     * rather than scoring by reconstruction error against a threshold of code distances. Every other card stays 1.
     */
    public static final int CODE_DISTANCE_FORMAT_VERSION = 2;

    public ModelCard {
        classes = List.copyOf(classes);
    }

    /** A card for a bundle without {@code model.onnx}. */
    public ModelCard(int formatVersion, String name, Instant created, List<String> classes, TensorShape input,
                     Preprocessing preprocessing, Layout layout, Normalisation normalisation, String architectureJson,
                     String trainingConfigJson, Optional<TestMetrics> test, Provenance provenance, String modelSha256) {
        this(formatVersion, name, created, classes, input, preprocessing, layout, normalisation, architectureJson,
                trainingConfigJson, test, provenance, modelSha256, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same card, saying the bundle also carries {@code model.onnx}. */
    public ModelCard withOnnx(OnnxEntry entry) {
        return new ModelCard(formatVersion, name, created, classes, input, preprocessing, layout, normalisation,
                architectureJson, trainingConfigJson, test, provenance, modelSha256, Optional.of(entry), anomaly, detector);
    }

    /** The same card for an autoencoder, with the threshold its verdicts use. */
    public ModelCard withAnomaly(AnomalyEntry entry) {
        int version = entry.normalCodes().isPresent() ? CODE_DISTANCE_FORMAT_VERSION : formatVersion;
        return new ModelCard(version, name, created, classes, input, preprocessing, layout, normalisation,
                architectureJson, trainingConfigJson, test, provenance, modelSha256, onnx, Optional.of(entry), detector);
    }

    /** The same card for a detector, with what its answers need besides the network. */
    public ModelCard withDetector(DetectorEntry entry) {
        return new ModelCard(formatVersion, name, created, classes, input, preprocessing, layout, normalisation,
                architectureJson, trainingConfigJson, test, provenance, modelSha256, onnx, anomaly, Optional.of(entry));
    }

    /**
     * A detector's answer: images letterboxed to a square of {@code inputSize} pixels, a {@code grid} x {@code grid}
     * head with these anchors (in grid cells, as the architecture's head holds them), and the thresholds its boxes
     * are kept by. The card says them outright so a reader need not dig them out of the architecture; loading checks
     * they are the architecture's.
     */
    public record DetectorEntry(int inputSize, int grid, List<LayerSpec.YoloHead.Anchor> anchors,
                                DetectionSettings thresholds) {
        public DetectorEntry {
            anchors = List.copyOf(anchors);
            if (inputSize < 1 || grid < 1 || anchors.isEmpty()) {
                throw new IllegalArgumentException("a detector needs an input size, a grid and anchors");
            }
        }

        /** The entry of a detector architecture answering with {@code thresholds}. */
        public static DetectorEntry of(Detector detector, DetectionSettings thresholds) {
            return new DetectorEntry(detector.inputSize(), detector.grid(), detector.anchors(), thresholds);
        }

        /** The same detector with other thresholds. */
        public DetectorEntry with(DetectionSettings other) {
            return new DetectorEntry(inputSize, grid, anchors, other);
        }
    }

    /**
     * An autoencoder's verdict: a score above {@code threshold} is an anomaly.
     *
     * @param thresholdSource how the threshold was chosen ("99th percentile of 180 normal validation examples")
     * @param normalClass     the class it learned as normal; "" for all examples
     * @param normalCodes     the bundle's reference codes, with which it scores by code distance; empty for a bundle
     *                        made before the code distance, which scores by reconstruction error
     */
    public record AnomalyEntry(double threshold, String thresholdSource, String normalClass,
                               Optional<NormalCodesEntry> normalCodes) {
        public AnomalyEntry {
            if (!(threshold >= 0) || Double.isInfinite(threshold)) {
                throw new IllegalArgumentException("the anomaly threshold must be a finite score >= 0, got " + threshold);
            }
        }

        /** The score its threshold is a value of, and that its bundle answers. */
        public AnomalyScore score() {
            return normalCodes.isPresent() ? AnomalyScore.CODE_DISTANCE : AnomalyScore.RECONSTRUCTION_ERROR;
        }
    }

    /**
     * The bundle's {@code normal-codes.bin}: how many codes of how many numbers (checked against the file and the
     * network's bottleneck on load) and its SHA-256 (checked on opening, like the model's).
     */
    public record NormalCodesEntry(int count, int dimensions, String sha256) {
        public NormalCodesEntry {
            if (count < 1 || dimensions < 1 || dimensions > NormalCodes.MAX_DIMENSIONS
                    || (long) count * dimensions * Float.BYTES > NormalCodes.MAX_BYTES) {
                throw new IllegalArgumentException("normal codes of " + count + " x " + dimensions + " numbers");
            }
        }
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
