/**
 * Object detection as plain Java: detections and ground truths as boxes in image pixels, the COCO and VOC metrics,
 * non-maximum suppression, anchor boxes fitted to a project's boxes, letterboxing and the YOLO label layout,
 * augmentation that moves boxes with the pixels, and the Fashion-MNIST detection set of the benchmark. The network
 * side (DL4J's {@code Yolo2OutputLayer}) is in {@code detection.dl4j}.
 */
package org.whiskerstudio.detection;
