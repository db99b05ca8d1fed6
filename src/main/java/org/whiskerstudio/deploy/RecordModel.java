package org.whiskerstudio.deploy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.detection.DetectorOutput;

/**
 * A classifier over the studio's example records ({@code TensorRecords}: an image's uint8 CHW pixels, a series' or
 * a text's encoding), whichever engine runs it. Safe to call from several threads. An anomaly model (an autoencoder)
 * answers one score per record instead of probabilities, and says its threshold; a detector answers its raw output
 * per record and says how to read boxes from it.
 */
public interface RecordModel {
    List<String> classes();

    Preprocessing preprocessing();

    /** Class probabilities, one row per record; an anomaly model's rows hold its score alone. */
    float[][] probabilities(List<byte[]> records);

    /**
     * A detector's reading of its rows (each the network's whole output for one record) into boxes, with the
     * thresholds it answers with; empty for the other kinds.
     */
    default Optional<DetectorOutput> detector() {
        return Optional.empty();
    }

    /** The score above which an anomaly model calls a record an anomaly; empty for a classifier. */
    default OptionalDouble anomalyThreshold() {
        return OptionalDouble.empty();
    }
}
