package org.whiskerstudio.deploy.dl4j.onnx;

import org.deeplearning4j.nn.conf.inputs.InputType;

/**
 * A value of the graph being written with its DL4J type (the shape without the batch). Values keep DL4J's layouts:
 * images NCHW, sequences [batch, features, steps], vectors [batch, n]; ops that want another layout transpose.
 */
record Flow(String name, InputType type) {

    /** The same type under another name (an op that keeps the shape). */
    Flow as(String other) {
        return new Flow(other, type);
    }
}
