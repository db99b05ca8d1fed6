package org.whiskerstudio.deploy.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.whiskerstudio.dataset.Preprocessing;

/**
 * One batch for an exported model's input: float values or int64 ids, with its shape. Made from the studio's
 * example records exactly as a user would feed raw examples: pixels 0-255 [N, C, H, W], series [N, steps, features]
 * with NaN padding, text ids [N, steps].
 */
public record OnnxFeed(float[] floats, long[] ids, long[] shape) {

    public static OnnxFeed floats(float[] values, long... shape) {
        return new OnnxFeed(values, new long[0], shape);
    }

    /** The records ({@code TensorRecords}) of {@code preprocessing} as the exported model's input. */
    public static OnnxFeed ofRecords(Preprocessing preprocessing, List<byte[]> records) {
        int n = records.size();
        int c = preprocessing.channels();
        int steps = preprocessing.steps();
        return switch (preprocessing.encoding()) {
            case PIXELS -> {
                int size = preprocessing.size();
                float[] out = new float[n * size];
                for (int b = 0; b < n; b++) {
                    byte[] px = records.get(b);
                    for (int i = 0; i < size; i++) {
                        out[b * size + i] = px[i] & 0xFF;
                    }
                }
                yield floats(out, n, c, preprocessing.height(), preprocessing.width());
            }
            case SERIES -> {
                float[] out = new float[n * steps * c];
                for (int b = 0; b < n; b++) {
                    ByteBuffer in = ByteBuffer.wrap(records.get(b)).order(ByteOrder.LITTLE_ENDIAN);
                    // The record is feature-major; the model takes one row of features per step
                    for (int f = 0; f < c; f++) {
                        for (int t = 0; t < steps; t++) {
                            int at = Preprocessing.LENGTH_BYTES + 4 * (f * steps + t);
                            out[(b * steps + t) * c + f] = in.getFloat(at);
                        }
                    }
                }
                yield floats(out, n, steps, c);
            }
            case CHARACTERS, WORDS -> {
                long[] out = new long[n * steps];
                for (int b = 0; b < n; b++) {
                    ByteBuffer in = ByteBuffer.wrap(records.get(b)).order(ByteOrder.LITTLE_ENDIAN);
                    for (int t = 0; t < steps; t++) {
                        out[b * steps + t] = in.getShort(Preprocessing.LENGTH_BYTES + 2 * t) & 0xFFFF;
                    }
                }
                yield new OnnxFeed(new float[0], out, new long[] {n, steps});
            }
        };
    }

    /** Examples in the batch. */
    public int batch() {
        return (int) shape[0];
    }
}
