package org.whiskerstudio.deploy.dl4j;

import java.util.List;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.deploy.RecordModel;
import org.whiskerstudio.deploy.RecordPredictor;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * The predictor with DL4J behind it. Reading runs in parallel across callers; the forward pass is serialised by
 * {@link TrainedModel}.
 */
public final class Predictor extends RecordPredictor {
    private final TrainedModel model;

    public Predictor(TrainedModel model) {
        super(records(model));
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

    private static RecordModel records(TrainedModel model) {
        return new RecordModel() {
            @Override
            public List<String> classes() {
                return model.classes();
            }

            @Override
            public Preprocessing preprocessing() {
                return model.preprocessing();
            }

            @Override
            public float[][] probabilities(List<byte[]> records) {
                return model.predictPixels(records);
            }
        };
    }
}
