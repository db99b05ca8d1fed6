package org.whiskerstudio.deploy.dl4j.onnx;

import java.util.List;
import onnx.Onnx.TensorProto;
import onnx.Onnx.TensorShapeProto;
import onnx.Onnx.TypeProto;
import onnx.Onnx.ValueInfoProto;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Preprocessing;

/**
 * The graph's input and the studio's preprocessing as its first nodes, so the model takes raw examples: pixels are
 * scaled and standardised per channel ({@code (x / 255 - mean) / std} folded into one Sub and one Div), series
 * standardised per feature with padding (NaN) turned to 0, text ids one-hot encoded; then laid out as the network
 * reads them.
 */
final class InputStage {
    static final String INPUT = "input";

    private InputStage() {
    }

    static Flow write(OnnxGraph g, OnnxInput input) {
        g.fresh(INPUT);
        if (input instanceof OnnxInput.Studio studio) {
            return studio(g, studio);
        }
        InputType type = input.networkInput();
        declare(g, TensorProto.DataType.FLOAT_VALUE, shape(type));
        return new Flow(INPUT, type);
    }

    private static Flow studio(OnnxGraph g, OnnxInput.Studio studio) {
        Preprocessing p = studio.preprocessing();
        float[] mean = studio.normalisation().mean();
        float[] std = studio.normalisation().std();
        InputType type = studio.networkInput();
        int c = p.channels();
        return switch (p.encoding()) {
            case PIXELS -> {
                declare(g, TensorProto.DataType.FLOAT_VALUE, -1, c, p.height(), p.width());
                String normalised = standardise(g, INPUT, scaled(mean, 255f), scaled(std, 255f), 1, c, 1, 1);
                yield new Flow(pixelLayout(g, normalised, studio.layout(), p), type);
            }
            case SERIES -> {
                declare(g, TensorProto.DataType.FLOAT_VALUE, -1, p.steps(), c);
                String normalised = standardise(g, INPUT, mean, std, c);
                String padding = g.node("IsNaN", "padding", List.of(normalised));
                String zeros = g.node("Where", "padding", List.of(padding, g.floats("zero", new float[] {0f}),
                        normalised));
                yield new Flow(g.node("Transpose", "series", List.of(zeros), OnnxGraph.ints("perm", 0, 2, 1)), type);
            }
            case CHARACTERS, WORDS -> {
                declare(g, TensorProto.DataType.INT64_VALUE, -1, p.steps());
                // Ids outside 0..symbols-1 (padding) encode as all zeros, as the studio's records do
                String oneHot = g.node("OneHot", "symbols", List.of(INPUT, g.longs("depth", c),
                        g.floats("off_on", new float[] {0f, 1f}, 2)), OnnxGraph.integer("axis", 1));
                yield new Flow(standardise(g, oneHot, mean, std, 1, c, 1), type);
            }
        };
    }

    private static String pixelLayout(OnnxGraph g, String nchw, Layout layout, Preprocessing p) {
        return switch (layout) {
            case IMAGE -> nchw;
            case VECTOR -> g.node("Flatten", "vector", List.of(nchw), OnnxGraph.integer("axis", 1));
            case SEQUENCE -> {
                // Row y is step y; feature x * channels + c, as Layout.place arranges [batch, features, steps]
                String whc = g.node("Transpose", "rows", List.of(nchw), OnnxGraph.ints("perm", 0, 3, 1, 2));
                yield g.node("Reshape", "rows", List.of(whc, g.longs("rows_shape", 0,
                        (long) p.width() * p.channels(), p.height())));
            }
        };
    }

    private static String standardise(OnnxGraph g, String in, float[] mean, float[] std, long... dims) {
        String centred = g.node("Sub", "normalise", List.of(in, g.floats("mean", mean, dims)));
        return g.node("Div", "normalise", List.of(centred, g.floats("std", std, dims)));
    }

    private static float[] scaled(float[] values, float factor) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }

    /** [batch, ...] of a DL4J input type; -1 is the batch. */
    static long[] shape(InputType type) {
        if (type instanceof InputType.InputTypeConvolutional image) {
            return new long[] {-1, image.getChannels(), image.getHeight(), image.getWidth()};
        }
        if (type instanceof InputType.InputTypeRecurrent sequence) {
            return new long[] {-1, sequence.getSize(), sequence.getTimeSeriesLength()};
        }
        return new long[] {-1, type.arrayElementsPerExample()};
    }

    private static void declare(OnnxGraph g, int dataType, long... dims) {
        g.proto().addInput(valueInfo(INPUT, dataType, dims));
    }

    static ValueInfoProto valueInfo(String name, int dataType, long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (long d : dims) {
            shape.addDim(d < 0 ? TensorShapeProto.Dimension.newBuilder().setDimParam("N")
                    : TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(dataType).setShape(shape))).build();
    }
}
