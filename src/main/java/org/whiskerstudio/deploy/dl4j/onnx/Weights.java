package org.whiskerstudio.deploy.dl4j.onnx;

import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A layer's parameters read as flat C-order floats, whatever their rank ([1, n] and [n] biases read alike). */
final class Weights {
    private final String block;
    private final Map<String, INDArray> params;

    Weights(String block, Map<String, INDArray> params) {
        this.block = block;
        this.params = params;
    }

    boolean has(String key) {
        return params.containsKey(key);
    }

    INDArray array(String key) {
        INDArray a = params.get(key);
        if (a == null) {
            throw new ExportRefused(block, "it has no parameter \"" + key + "\" (it has " + params.keySet() + ")");
        }
        return a;
    }

    /** The parameter flattened in C order: reading by flat index avoids the rank-1/rank-2 index trap. */
    float[] flat(String key) {
        INDArray a = array(key);
        return Nd4j.toFlattened('c', a.castTo(DataType.FLOAT)).toFloatVector();
    }

    long[] shape(String key) {
        return array(key).shape();
    }
}
