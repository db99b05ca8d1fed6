package org.whiskerstudio.deploy.dl4j.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import onnx.Onnx.AttributeProto;
import onnx.Onnx.GraphProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.TensorProto;
import org.nd4j.shade.protobuf.ByteString;

/** The nodes and weights of a graph being written; every value gets a fresh name so blocks never collide. */
final class OnnxGraph {
    private final GraphProto.Builder graph = GraphProto.newBuilder().setName("whisker");
    private final Set<String> names = new HashSet<>();
    private int counter;

    /** A new value name starting with {@code hint}. */
    String fresh(String hint) {
        String base = hint.replaceAll("[^A-Za-z0-9_]", "_");
        String name = base;
        while (!names.add(name)) {
            name = base + "_" + (++counter);
        }
        return name;
    }

    /** Adds {@code op} reading {@code inputs}; returns its first output's name. */
    String node(String op, String hint, List<String> inputs, AttributeProto... attributes) {
        return nodeOutputs(op, hint, inputs, 1, attributes).get(0);
    }

    /** Adds {@code op} with {@code outputs} outputs, named after {@code hint}. */
    List<String> nodeOutputs(String op, String hint, List<String> inputs, int outputs, AttributeProto... attributes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < outputs; i++) {
            out.add(fresh(hint + "_" + op.toLowerCase(Locale.ROOT) + (i == 0 ? "" : "_" + i)));
        }
        graph.addNode(NodeProto.newBuilder().setOpType(op).setName(fresh("n_" + out.get(0)))
                .addAllInput(inputs).addAllOutput(out).addAllAttribute(List.of(attributes)));
        return out;
    }

    /** A float weight of shape {@code dims} in C order. */
    String floats(String hint, float[] values, long... dims) {
        long size = 1;
        for (long d : dims) {
            size *= d;
        }
        if (size != values.length) {
            throw new IllegalArgumentException(hint + ": " + values.length + " values for shape "
                    + Arrays.toString(dims));
        }
        String name = fresh(hint);
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE);
        for (long d : dims) {
            t.addDims(d);
        }
        for (float v : values) {
            t.addFloatData(v);
        }
        graph.addInitializer(t);
        return name;
    }

    /** An int64 constant (shapes, axes). */
    String longs(String hint, long... values) {
        String name = fresh(hint);
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE)
                .addDims(values.length);
        for (long v : values) {
            t.addInt64Data(v);
        }
        graph.addInitializer(t);
        return name;
    }

    GraphProto.Builder proto() {
        return graph;
    }

    static AttributeProto ints(String name, long... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long v : values) {
            a.addInts(v);
        }
        return a.build();
    }

    static AttributeProto ints(String name, int[] values) {
        return ints(name, Arrays.stream(values).asLongStream().toArray());
    }

    static AttributeProto integer(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    static AttributeProto real(String name, double value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT)
                .setF((float) value).build();
    }

    static AttributeProto text(String name, String value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.STRING)
                .setS(ByteString.copyFromUtf8(value)).build();
    }

    static AttributeProto texts(String name, String... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name)
                .setType(AttributeProto.AttributeType.STRINGS);
        for (String v : values) {
            a.addStrings(ByteString.copyFromUtf8(v));
        }
        return a.build();
    }
}
