/**
 * DL4J networks written as ONNX models (opset 13) with the studio's input normalisation inside the graph, and the
 * export that checks the written model against DL4J before keeping it.
 */
package org.whiskerstudio.deploy.dl4j.onnx;
