package org.whiskerstudio.deploy.onnx;

import java.util.List;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.deploy.RecordModel;

/** An exported model in ONNX Runtime, fed the studio's records as raw examples (its normalisation is inside it). */
public final class OnnxRecordModel implements RecordModel, AutoCloseable {
    private final OnnxModel model;
    private final List<String> classes;
    private final Preprocessing preprocessing;

    public OnnxRecordModel(OnnxModel model, List<String> classes, Preprocessing preprocessing) {
        this.model = model;
        this.classes = List.copyOf(classes);
        this.preprocessing = preprocessing;
    }

    @Override
    public List<String> classes() {
        return classes;
    }

    @Override
    public Preprocessing preprocessing() {
        return preprocessing;
    }

    /** One forward pass at a time, as the DL4J engine does: the session's own threads do the parallel work. */
    @Override
    public synchronized float[][] probabilities(List<byte[]> records) {
        if (records.isEmpty()) {
            return new float[0][];
        }
        return model.run(OnnxFeed.ofRecords(preprocessing, records));
    }

    @Override
    public void close() {
        model.close();
    }
}
