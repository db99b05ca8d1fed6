package org.whiskerstudio.training.dl4j;

import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.training.ReconstructionSamples;

/** An image autoencoder's preview as bytes: each input and its reconstruction scaled by the input's range. */
final class ImagePreviews {
    private ImagePreviews() {
    }

    /** {@code in} and {@code out} hold one image after another, CHW. */
    static ReconstructionSamples samples(int epoch, TensorShape.Image image, float[] in, float[] out) {
        int size = (int) image.size();
        int n = in.length / size;
        List<byte[]> inputs = new ArrayList<>(n);
        List<byte[]> outputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            float low = Float.POSITIVE_INFINITY;
            float high = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < size; k++) {
                low = Math.min(low, in[i * size + k]);
                high = Math.max(high, in[i * size + k]);
            }
            inputs.add(bytes(in, i * size, size, low, high));
            outputs.add(bytes(out, i * size, size, low, high));
        }
        return new ReconstructionSamples(epoch, image.width(), image.height(), image.channels(), inputs, outputs);
    }

    private static byte[] bytes(float[] values, int from, int size, float low, float high) {
        float range = high > low ? high - low : 1;
        byte[] px = new byte[size];
        for (int k = 0; k < size; k++) {
            px[k] = (byte) Math.max(0, Math.min(255, Math.round((values[from + k] - low) / range * 255)));
        }
        return px;
    }
}
