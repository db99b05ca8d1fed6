package org.whiskerstudio.deploy;

import java.io.IOException;

/** A bundle's model ready to predict with one {@link Engine}; closing it frees the engine's native session. */
public record ReadyBundle(ModelCard card, RecordPredictor predictor, Engine engine, Runnable release)
        implements AutoCloseable {
    /** {@code whisker serve}'s server for this bundle. */
    public PredictionServer serve(PredictionServer.Settings settings) throws IOException {
        return predictor.serve(settings, card.name());
    }

    @Override
    public void close() {
        release.run();
    }
}
