package org.whiskerstudio.architecture;

/** Plain-language phrases for shapes, so every message says "a 7x7x50 image" the same way. */
final class Shapes {
    private Shapes() {
    }

    static String describe(TensorShape shape) {
        if (shape instanceof TensorShape.Image) {
            return "a " + shape.label() + " image";
        }
        if (shape instanceof TensorShape.Sequence) {
            return "a sequence of " + shape.label();
        }
        return "a vector of " + shape.label();
    }

    static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
