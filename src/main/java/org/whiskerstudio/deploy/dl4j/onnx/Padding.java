package org.whiskerstudio.deploy.dl4j.onnx;

import org.deeplearning4j.nn.conf.ConvolutionMode;

/** ONNX pads [top, left, bottom, right] for DL4J's convolution modes, computed as DL4J computes them. */
final class Padding {
    private Padding() {
    }

    /** Convolution and pooling: Same puts the odd pixel at the bottom/right (ONNX's SAME_UPPER). */
    static long[] forward(String block, ConvolutionMode mode, int[] kernel, int[] stride, int[] padding,
                          int[] dilation, long height, long width) {
        return switch (mode) {
            case Truncate, Strict -> new long[] {padding[0], padding[1], padding[0], padding[1]};
            case Same -> {
                long[] h = same(kernel[0], stride[0], dilation[0], height);
                long[] w = same(kernel[1], stride[1], dilation[1], width);
                yield new long[] {h[0], w[0], h[1], w[1]};
            }
            case Causal -> throw new ExportRefused(block, "causal padding is for 1D convolutions, not 2D");
        };
    }

    private static long[] same(int kernel, int stride, int dilation, long in) {
        long effective = (long) (kernel - 1) * dilation + 1;
        long out = (in + stride - 1) / stride;
        long total = Math.max(0, (out - 1) * stride + effective - in);
        return new long[] {total / 2, total - total / 2};
    }

    /**
     * Transposed convolution: {pads (4), output_padding (2)}. Truncate: out = s(in - 1) + k - 2p; Same: out = s * in,
     * cropping (k - s) with the smaller half at the top/left.
     */
    static long[][] transposed(String block, ConvolutionMode mode, int[] kernel, int[] stride, int[] padding,
                               int[] dilation) {
        return switch (mode) {
            case Truncate, Strict -> new long[][] {{padding[0], padding[1], padding[0], padding[1]}, {0, 0}};
            case Same -> {
                long[] h = sameTransposed(kernel[0], stride[0], dilation[0]);
                long[] w = sameTransposed(kernel[1], stride[1], dilation[1]);
                yield new long[][] {{h[0], w[0], h[1], w[1]}, {h[2], w[2]}};
            }
            case Causal -> throw new ExportRefused(block, "causal padding is for 1D convolutions, not 2D");
        };
    }

    private static long[] sameTransposed(int kernel, int stride, int dilation) {
        long crop = (long) (kernel - 1) * dilation + 1 - stride;
        if (crop >= 0) {
            return new long[] {crop / 2, crop - crop / 2, 0};
        }
        return new long[] {0, 0, -crop};
    }
}
