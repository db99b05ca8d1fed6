package org.whiskerstudio.deploy;

import java.util.List;
import org.whiskerstudio.dataset.Preprocessing;

/**
 * A classifier over the studio's example records ({@code TensorRecords}: an image's uint8 CHW pixels, a series' or
 * a text's encoding), whichever engine runs it. Safe to call from several threads.
 */
public interface RecordModel {
    List<String> classes();

    Preprocessing preprocessing();

    /** Class probabilities, one row per record. */
    float[][] probabilities(List<byte[]> records);
}
