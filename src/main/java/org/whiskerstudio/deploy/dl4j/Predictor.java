package org.whiskerstudio.deploy.dl4j;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.deploy.RecordModel;
import org.whiskerstudio.deploy.RecordPredictor;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.detection.DetectorOutput;
import org.whiskerstudio.evaluation.dl4j.AnomalyScorer;
import org.whiskerstudio.training.dl4j.DetectorModel;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * The predictor with DL4J behind it. Reading runs in parallel across callers; the forward pass is serialised by
 * {@link TrainedModel}. An autoencoder's predictor answers its anomaly score ({@link AnomalyScorer}) and the verdict
 * against a threshold;
 * a detector's its boxes.
 */
public final class Predictor extends RecordPredictor {
    private final TrainedModel model;

    public Predictor(TrainedModel model) {
        super(records(model));
        this.model = model;
    }

    /** An autoencoder's: a score above {@code threshold} is an anomaly. */
    public Predictor(AnomalyScorer scorer, double threshold) {
        super(anomalies(scorer, threshold));
        this.model = scorer.model();
    }

    /** A detector's: each record's row is the network's output, read into boxes with {@code thresholds}. */
    public Predictor(TrainedModel model, DetectionSettings thresholds) {
        super(boxes(model, DetectorModel.output(model, thresholds)));
        this.model = model;
    }

    @Override
    public Predictor warmedUp() {
        super.warmedUp();
        return this;
    }

    public TrainedModel model() {
        return model;
    }

    private static RecordModel anomalies(AnomalyScorer scorer, double threshold) {
        return new OfModel(scorer.model()) {
            @Override
            public float[][] probabilities(List<byte[]> records) {
                return scorer.scoreRows(records);
            }

            @Override
            public OptionalDouble anomalyThreshold() {
                return OptionalDouble.of(threshold);
            }
        };
    }

    private static RecordModel boxes(TrainedModel model, DetectorOutput output) {
        return new OfModel(model) {
            @Override
            public float[][] probabilities(List<byte[]> records) {
                return model.outputRows(records);
            }

            @Override
            public Optional<DetectorOutput> detector() {
                return Optional.of(output);
            }
        };
    }

    private static RecordModel records(TrainedModel model) {
        return new OfModel(model) {
            @Override
            public float[][] probabilities(List<byte[]> records) {
                return model.predictPixels(records);
            }
        };
    }

    /** The model's classes and preprocessing, which every kind answers alike; each kind says what a row holds. */
    private abstract static class OfModel implements RecordModel {
        private final TrainedModel model;

        OfModel(TrainedModel model) {
            this.model = model;
        }

        @Override
        public List<String> classes() {
            return model.classes();
        }

        @Override
        public Preprocessing preprocessing() {
            return model.preprocessing();
        }
    }
}
