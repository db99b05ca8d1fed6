package org.whiskerstudio.deploy.dl4j.onnx;

import java.util.List;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.deploy.onnx.OnnxFeed;
import org.whiskerstudio.deploy.onnx.OnnxModel;
import org.whiskerstudio.evaluation.ScoredExample;
import org.whiskerstudio.training.dl4j.TrainedModel;

/** The same examples through DL4J and through ONNX Runtime: top class and largest difference of any output. */
final class ParityCheck {
    private static final int BATCH = 50;

    private ParityCheck() {
    }

    static OnnxParity of(TrainedModel model, byte[] onnx, List<byte[]> records, String examplesFrom) {
        int agreed = 0;
        double max = 0;
        try (OnnxModel session = OnnxModel.load(onnx, 0)) {
            for (int start = 0; start < records.size(); start += BATCH) {
                List<byte[]> batch = records.subList(start, Math.min(records.size(), start + BATCH));
                float[][] dl4j = model.predictPixels(batch);
                float[][] ort = session.run(OnnxFeed.ofRecords(model.preprocessing(), batch));
                for (int i = 0; i < dl4j.length; i++) {
                    if (ort[i].length != dl4j[i].length) {
                        throw new IllegalStateException("the ONNX model gives " + ort[i].length + " outputs, DL4J "
                                + dl4j[i].length);
                    }
                    agreed += ScoredExample.argMax(dl4j[i]) == ScoredExample.argMax(ort[i]) ? 1 : 0;
                    for (int k = 0; k < dl4j[i].length; k++) {
                        // NaN counts as the largest difference, never as agreement
                        double d = Math.abs(dl4j[i][k] - ort[i][k]);
                        max = Double.isNaN(d) ? Double.POSITIVE_INFINITY : Math.max(max, d);
                    }
                }
            }
        }
        return new OnnxParity(agreed, records.size(), max, examplesFrom);
    }
}
