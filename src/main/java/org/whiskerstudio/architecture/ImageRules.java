package org.whiskerstudio.architecture;

import static org.whiskerstudio.architecture.Shapes.describe;

import org.whiskerstudio.architecture.LayerSpec.Padding;
import org.whiskerstudio.architecture.TensorShape.Image;

/**
 * Shapes and costs of the layers that need an image, as DL4J computes them: SAME gives ceil(in / stride) (DL4J's
 * ConvolutionMode.Same), VALID gives floor((in - k) / stride) + 1 (ConvolutionMode.Truncate). Pooling is VALID.
 */
final class ImageRules {
    private ImageRules() {
    }

    static LayerCost conv(LayerSpec.Conv2D conv, TensorShape in) {
        if (!(in instanceof Image image)) {
            return needsImage("Conv2D", in);
        }
        if (conv.padding() == Padding.VALID && tooSmall(image, conv.kernel())) {
            return kernelTooLarge("Kernel", conv.kernel(), image, "use a smaller kernel, SAME padding, or less pooling before it");
        }
        int height = outSize(image.height(), conv.kernel(), conv.stride(), conv.padding());
        int width = outSize(image.width(), conv.kernel(), conv.stride(), conv.padding());
        if (conv.padding() == Padding.SAME && (skips(image.height(), height, conv) || skips(image.width(), width, conv))) {
            return LayerCost.refused("Stride " + conv.stride() + " with a " + conv.kernel() + "x" + conv.kernel()
                    + " kernel skips pixels of the " + image.height() + "x" + image.width()
                    + " input, which SAME padding cannot do: use a stride no larger than the kernel, or VALID padding");
        }
        long weights = (long) conv.kernel() * conv.kernel() * image.channels() * conv.filters();
        Image out = new Image(height, width, conv.filters());
        return LayerCost.fits(out, weights + conv.filters(), (long) height * width * weights);
    }

    /** DL4J's Deconvolution2D: SAME gives in * stride, VALID gives stride * (in - 1) + k. */
    static LayerCost deconv(LayerSpec.Deconv2D deconv, TensorShape in) {
        if (!(in instanceof Image image)) {
            return needsImage("Deconv2D", in);
        }
        int s = deconv.stride();
        int k = deconv.kernel();
        boolean same = deconv.padding() == Padding.SAME;
        int height = same ? image.height() * s : s * (image.height() - 1) + k;
        int width = same ? image.width() * s : s * (image.width() - 1) + k;
        long weights = (long) k * k * image.channels() * deconv.filters();
        Image out = new Image(height, width, deconv.filters());
        return LayerCost.fits(out, weights + deconv.filters(), (long) image.height() * image.width() * weights);
    }

    static LayerCost pooling(LayerSpec.Pooling2D pool, TensorShape in) {
        if (!(in instanceof Image image)) {
            return needsImage(pool.kind(), in);
        }
        if (tooSmall(image, pool.kernel())) {
            return kernelTooLarge("Pool", pool.kernel(), image, "use a smaller pool or less pooling before it");
        }
        int height = outSize(image.height(), pool.kernel(), pool.stride(), Padding.VALID);
        int width = outSize(image.width(), pool.kernel(), pool.stride(), Padding.VALID);
        Image out = new Image(height, width, image.channels());
        return LayerCost.fits(out, 0, out.size() * pool.kernel() * pool.kernel());
    }

    static LayerCost upsampling(LayerSpec.Upsampling2D up, TensorShape in) {
        if (!(in instanceof Image image)) {
            return needsImage("Upsampling2D", in);
        }
        Image out = new Image(image.height() * up.factor(), image.width() * up.factor(), image.channels());
        return LayerCost.fits(out, 0, 0);
    }

    static int outSize(int in, int kernel, int stride, Padding padding) {
        return padding == Padding.SAME ? (in + stride - 1) / stride : (in - kernel) / stride + 1;
    }

    /** DL4J's Same mode pads by ((out - 1) * stride + k - in) / 2, and refuses a negative padding. */
    private static boolean skips(int in, int out, LayerSpec.Conv2D conv) {
        return (long) (out - 1) * conv.stride() + conv.kernel() < in;
    }

    private static boolean tooSmall(Image image, int kernel) {
        return kernel > image.height() || kernel > image.width();
    }

    private static LayerCost kernelTooLarge(String what, int kernel, Image image, String advice) {
        return LayerCost.refused(what + " " + kernel + "x" + kernel + " is larger than its " + image.height() + "x"
                + image.width() + " input: " + advice);
    }

    private static LayerCost needsImage(String kind, TensorShape in) {
        String advice = in instanceof TensorShape.Sequence
                ? "use LSTM layers for sequences, or start from image data"
                : "image layers must come before Dense layers, not after them";
        return LayerCost.refused("A " + kind + " layer needs an image; this layer gets " + describe(in) + ". "
                + Character.toUpperCase(advice.charAt(0)) + advice.substring(1));
    }
}
