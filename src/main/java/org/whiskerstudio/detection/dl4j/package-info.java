/**
 * The detection code that meets DL4J: YOLO label tensors for {@code Yolo2OutputLayer}, its output decoded back into
 * {@code detection.Detection}s, and the output layer built from fitted anchors.
 */
package org.whiskerstudio.detection.dl4j;
