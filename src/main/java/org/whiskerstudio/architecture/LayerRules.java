package org.whiskerstudio.architecture;

import static org.whiskerstudio.architecture.Shapes.describe;

import java.util.List;
import org.whiskerstudio.architecture.TensorShape.Image;
import org.whiskerstudio.architecture.TensorShape.Sequence;
import org.whiskerstudio.architecture.TensorShape.Vector;

/**
 * Shape, parameters and multiply-adds of one layer given what flows into it. Parameters are counted as DL4J's
 * numParams() counts them. Dense and Output flatten an image (DL4J inserts a CnnToFeedForwardPreProcessor).
 */
final class LayerRules {
    private LayerRules() {
    }

    static LayerCost apply(LayerSpec spec, List<TensorShape> in) {
        if (spec instanceof LayerSpec.Merge merge) {
            return MergeRules.merge(merge, in);
        }
        if (spec instanceof LayerSpec.Input input) {
            return LayerCost.fits(input.shape(), 0, 0);
        }
        TensorShape shape = in.get(0);
        if (spec instanceof LayerSpec.Conv2D conv) {
            return ImageRules.conv(conv, shape);
        } else if (spec instanceof LayerSpec.Deconv2D deconv) {
            return ImageRules.deconv(deconv, shape);
        } else if (spec instanceof LayerSpec.Upsampling2D up) {
            return ImageRules.upsampling(up, shape);
        } else if (spec instanceof LayerSpec.Reshape reshape) {
            return reshape(reshape, shape);
        } else if (spec instanceof LayerSpec.Pooling2D pool) {
            return ImageRules.pooling(pool, shape);
        } else if (spec instanceof LayerSpec.GlobalPooling) {
            return globalPooling(shape);
        } else if (spec instanceof LayerSpec.BatchNorm) {
            return batchNorm(shape);
        } else if (spec instanceof LayerSpec.Dense dense) {
            return dense(dense, shape);
        } else if (spec instanceof LayerSpec.Lstm lstm) {
            return lstm(lstm, shape);
        } else if (spec instanceof LayerSpec.Output output) {
            return output(output, shape);
        } else if (spec instanceof LayerSpec.Reconstruction) {
            // The error over every number: no weights; whether it matches the input is Endings' question.
            return LayerCost.fits(shape, 0, shape.size());
        } else if (spec instanceof LayerSpec.YoloHead head) {
            return yolo(head, shape);
        } else if (spec instanceof LayerSpec.Variational variational) {
            return variational(variational, shape);
        } else if (spec instanceof LayerSpec.QValues head) {
            return qValues(head, shape);
        }
        return LayerCost.fits(shape, 0, 0); // Dropout and Activation keep the shape
    }

    /**
     * Encoder (n x hidden), the code's mean and log-variance (hidden x latent each), decoder (latent x hidden) and the
     * reconstruction's Bernoulli means (hidden x n), each with biases: all it stores, as DL4J's params() holds them
     * (its numParams() leaves out what only pretraining uses). It answers the code's mean. A series is refused:
     * DL4J would read each step as an example.
     */
    private static LayerCost variational(LayerSpec.Variational v, TensorShape in) {
        if (in instanceof Sequence) {
            return LayerCost.refused("A variational autoencoder reads an image or a vector, not a series " + describe(in));
        }
        long n = in.size();
        long h = v.hidden();
        long z = v.latent();
        long params = n * h + h + 2 * (h * z + z) + z * h + h + h * n + n;
        return LayerCost.fits(new Vector(v.latent()), params, n * h + 2 * h * z + z * h + h * n);
    }

    private static LayerCost reshape(LayerSpec.Reshape reshape, TensorShape in) {
        Image out = new Image(reshape.height(), reshape.width(), reshape.channels());
        if (!(in instanceof Vector) || in.size() != out.size()) {
            return LayerCost.refused("Reshape to " + out.label() + " needs a vector of " + out.size() + " numbers; this layer gets "
                    + describe(in) + ". Put a Dense layer of " + out.size() + " units before it");
        }
        return LayerCost.fits(out, 0, 0);
    }

    private static LayerCost globalPooling(TensorShape in) {
        if (in instanceof Image image) {
            return LayerCost.fits(new Vector(image.channels()), 0, image.size());
        }
        if (in instanceof Sequence sequence) {
            return LayerCost.fits(new Vector(sequence.features()), 0, sequence.size());
        }
        return LayerCost.refused("GlobalPooling needs an image or a sequence; this layer gets " + describe(in)
                + ", which is flat already. Remove it");
    }

    /** DL4J keeps gamma, beta and the running mean and variance as parameters: 4 per channel. */
    private static LayerCost batchNorm(TensorShape in) {
        if (in instanceof Image image) {
            return LayerCost.fits(image, 4L * image.channels(), 2 * image.size());
        }
        if (in instanceof Vector vector) {
            return LayerCost.fits(vector, 4L * vector.length(), 2 * vector.size());
        }
        return LayerCost.refused("BatchNorm works on images and vectors; this layer gets " + describe(in)
                + ". Remove it, or put it after an LSTM with 'return sequences' off");
    }

    private static LayerCost dense(LayerSpec.Dense dense, TensorShape in) {
        if (in instanceof Sequence sequence) {
            return LayerCost.refused("Dense needs an image or a vector; this layer gets " + describe(sequence)
                    + ". Put an LSTM with 'return sequences' off, or GlobalPooling, before it");
        }
        long weights = in.size() * dense.units();
        return LayerCost.fits(new Vector(dense.units()), weights + dense.units(), weights);
    }

    /** DL4J's LSTM (not GravesLSTM): input weights 4u x in, recurrent weights 4u x u, biases 4u. */
    private static LayerCost lstm(LayerSpec.Lstm lstm, TensorShape in) {
        if (!(in instanceof Sequence sequence)) {
            return LayerCost.refused("An LSTM needs a sequence; this layer gets " + describe(in)
                    + ". Start from sequence data, or use Conv2D, GlobalPooling and Dense layers instead");
        }
        long units = lstm.units();
        long weights = 4 * units * (sequence.features() + units);
        TensorShape out = lstm.returnSequences() ? new Sequence(sequence.steps(), lstm.units()) : new Vector(lstm.units());
        return LayerCost.fits(out, weights + 4 * units, sequence.steps() * weights);
    }

    /** On a sequence the output classifies every step (DL4J's RnnOutputLayer). DL4J refuses softmax over 1 class. */
    private static LayerCost output(LayerSpec.Output output, TensorShape in) {
        if (output.classes() == 1 && output.outputKind() == LayerSpec.OutputKind.SOFTMAX_CLASSIFICATION) {
            return LayerCost.refused("A softmax output needs at least 2 classes (one class would always be 100%): "
                    + "for a single yes/no answer use a sigmoid output");
        }
        if (in instanceof Sequence sequence) {
            long weights = (long) sequence.features() * output.classes();
            return LayerCost.fits(new Sequence(sequence.steps(), output.classes()), weights + output.classes(),
                    weights * sequence.steps());
        }
        long weights = in.size() * output.classes();
        return LayerCost.fits(new Vector(output.classes()), weights + output.classes(), weights);
    }

    /**
     * The YOLO head reads each cell's boxes from the channels it gets (no weights) and keeps the grid: the cost is the
     * sigmoid, exponent and softmax over every number, counted as one operation each.
     */
    private static LayerCost yolo(LayerSpec.YoloHead head, TensorShape in) {
        if (!(in instanceof Image image)) {
            return LayerCost.refused("The YOLO head needs an image (a grid of cells) of " + head.channels()
                    + " channels; this layer gets " + describe(in) + ". End with a 1x1 Conv2D of " + head.channels()
                    + " filters instead of Dense layers");
        }
        if (image.channels() != head.channels()) {
            int anchors = head.anchorSizes().size();
            return LayerCost.refused("The YOLO head gets " + image.channels() + " channels but needs " + head.channels()
                    + " (" + anchors + " anchor" + (anchors == 1 ? "" : "s") + " x (5 + " + head.classes()
                    + " classes)): give the Conv2D before it " + head.channels() + " filters");
        }
        return LayerCost.fits(image, 0, image.size());
    }

    /** A linear layer of one value per action (DL4J's OutputLayer with an identity activation and squared error). */
    private static LayerCost qValues(LayerSpec.QValues head, TensorShape in) {
        if (!(in instanceof Vector)) {
            return LayerCost.refused("Q-values need a vector (one observation of the " + head.environment().label()
                    + "); this layer gets " + describe(in) + ". Start from an input of "
                    + head.environment().observations() + " numbers and Dense layers");
        }
        long weights = in.size() * head.actions();
        return LayerCost.fits(new Vector(head.actions()), weights + head.actions(), weights);
    }
}
