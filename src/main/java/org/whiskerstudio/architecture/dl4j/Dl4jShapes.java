package org.whiskerstudio.architecture.dl4j;

import org.deeplearning4j.nn.conf.inputs.InputType;
import org.whiskerstudio.architecture.TensorShape;

/** Our shapes as DL4J input types: images NCHW, sequences [features, steps], vectors flat. */
public final class Dl4jShapes {
    private Dl4jShapes() {
    }

    public static InputType inputType(TensorShape shape) {
        if (shape instanceof TensorShape.Image image) {
            return InputType.convolutional(image.height(), image.width(), image.channels());
        }
        if (shape instanceof TensorShape.Sequence sequence) {
            return InputType.recurrent(sequence.features(), sequence.steps());
        }
        return InputType.feedForward(shape.size());
    }

    /** The array shape of a batch: [batch, c, h, w], [batch, features, steps] or [batch, n]. */
    public static long[] batchShape(TensorShape shape, int batch) {
        if (shape instanceof TensorShape.Image image) {
            return new long[] {batch, image.channels(), image.height(), image.width()};
        }
        if (shape instanceof TensorShape.Sequence sequence) {
            return new long[] {batch, sequence.features(), sequence.steps()};
        }
        return new long[] {batch, shape.size()};
    }
}
