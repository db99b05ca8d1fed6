package org.whiskerstudio.architecture;

/** What flows along an edge of the graph, per example (the batch dimension is left out). */
public sealed interface TensorShape permits TensorShape.Image, TensorShape.Sequence, TensorShape.Vector {

    /** Numbers per example. */
    long size();

    /** Shown on edges: "28x28x1", "28 steps x 28", "500". */
    String label();

    /** Height x width x channels (DL4J's CNN activations, NCHW inside). */
    record Image(int height, int width, int channels) implements TensorShape {
        @Override
        public long size() {
            return (long) height * width * channels;
        }

        @Override
        public String label() {
            return height + "x" + width + "x" + channels;
        }
    }

    /** A sequence of {@code steps} time steps of {@code features} numbers (DL4J's RNN activations). */
    record Sequence(int steps, int features) implements TensorShape {
        @Override
        public long size() {
            return (long) steps * features;
        }

        @Override
        public String label() {
            return steps + " steps x " + features;
        }
    }

    /** A flat vector (DL4J's feed-forward activations). */
    record Vector(int length) implements TensorShape {
        @Override
        public long size() {
            return length;
        }

        @Override
        public String label() {
            return String.valueOf(length);
        }
    }
}
