package org.whiskerstudio.evaluation.dl4j;

import java.util.List;
import java.util.Optional;
import org.whiskerstudio.evaluation.CodeNeighbours;
import org.whiskerstudio.training.AnomalyScore;
import org.whiskerstudio.training.dl4j.AutoencoderCodes;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * What an autoencoder answers as each example's anomaly score, wherever it runs (Evaluate, the map, Deploy, bundles,
 * predict, serve, the anomaly bench): the {@link AnomalyScore#CODE_DISTANCE code distance} to its normal training
 * codes, or, for a bundle made before the code distance (it carries no codes), the reconstruction error.
 */
public final class AnomalyScorer {
    private final TrainedModel model;
    private final Optional<CodeNeighbours> normal;

    private AnomalyScorer(TrainedModel model, Optional<CodeNeighbours> normal) {
        this.model = model;
        this.normal = normal;
    }

    /** Scores by the distance of each code to its nearest codes among {@code normal}. */
    public static AnomalyScorer byCodeDistance(TrainedModel model, CodeNeighbours normal) {
        return new AnomalyScorer(model, Optional.of(normal));
    }

    /** Scores by reconstruction error (a variational autoencoder's negative log-probability): old bundles. */
    public static AnomalyScorer byReconstruction(TrainedModel model) {
        return new AnomalyScorer(model, Optional.empty());
    }

    public TrainedModel model() {
        return model;
    }

    public AnomalyScore score() {
        return normal.isPresent() ? AnomalyScore.CODE_DISTANCE : AnomalyScore.RECONSTRUCTION_ERROR;
    }

    /** Each uint8 record's score. */
    public double[] scores(List<byte[]> records) {
        if (normal.isEmpty()) {
            return model.reconstructionErrors(records);
        }
        return records.isEmpty() ? new double[0] : normal.get().distances(AutoencoderCodes.of(model, records));
    }

    /** The same as one-number rows, the shape {@link CachedScoring} passes and predictors take. */
    public float[][] scoreRows(List<byte[]> records) {
        double[] scores = scores(records);
        float[][] rows = new float[scores.length][];
        for (int i = 0; i < scores.length; i++) {
            rows[i] = new float[] {(float) scores[i]};
        }
        return rows;
    }
}
