package org.whiskerstudio.detection.dl4j;

import java.util.List;
import org.deeplearning4j.nn.conf.layers.objdetect.Yolo2OutputLayer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.detection.BoxSize;

/** DL4J's YOLOv2 output layer over fitted anchors. */
public final class YoloHead {
    private YoloHead() {
    }

    /** The layer for anchors in grid units ({@code AnchorFitter.inGridUnits}), as its [anchors, 2] priors. */
    public static Yolo2OutputLayer outputLayer(List<BoxSize> gridAnchors) {
        return new Yolo2OutputLayer.Builder().boundingBoxPriors(priors(gridAnchors)).build();
    }

    static INDArray priors(List<BoxSize> gridAnchors) {
        if (gridAnchors.isEmpty()) {
            throw new IllegalArgumentException("a YOLO head needs at least one anchor");
        }
        double[][] priors = new double[gridAnchors.size()][];
        for (int a = 0; a < priors.length; a++) {
            priors[a] = new double[] {gridAnchors.get(a).width(), gridAnchors.get(a).height()};
        }
        return Nd4j.create(priors).castTo(Nd4j.defaultFloatingPointType());
    }
}
