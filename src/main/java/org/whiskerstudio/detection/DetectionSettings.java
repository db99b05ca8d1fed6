package org.whiskerstudio.detection;

/**
 * How a detector's raw boxes become its answer: boxes scoring under {@code confidence} are dropped, and of boxes of
 * one class overlapping by more than {@code nmsIou} only the best is kept ({@link NonMaxSuppression}). Kept with a run
 * and in its bundle, so the screens, {@code whisker predict}/{@code serve} and the bundle answer alike.
 * <p>
 * The defaults, 0.25 and 0.45, are the ones YOLO's own tools ship (darknet's detector and Ultralytics' predict): 0.25
 * keeps a box once the network is more sure than not that an object of that class is there at a quarter, which on a
 * small detector trained for minutes keeps the true boxes it is unsure of while dropping the flood of near-zero ones;
 * 0.45 lets two boxes of the same class that overlap a little (objects side by side) both stand, and merges the
 * near-duplicates that neighbouring cells and anchors propose for one object. Evaluation scores every box down to
 * {@link #EVALUATION_CONFIDENCE} instead, as mAP asks (a threshold would cut the precision-recall curve short).
 */
public record DetectionSettings(double confidence, double nmsIou) {
    public static final double DEFAULT_CONFIDENCE = 0.25;
    public static final double DEFAULT_NMS_IOU = 0.45;
    /** The score down to which evaluation keeps boxes: mAP integrates over every threshold. */
    public static final double EVALUATION_CONFIDENCE = 0.001;
    /**
     * Most boxes kept per image, all classes together (the COCO detection challenge's 100 results per image; cocoeval's
     * maxDets, also 100, then counts per image and class). mAP's candidates share it with the boxes offered.
     */
    public static final int MAX_BOXES = DetectionEvaluator.MAX_DETECTIONS;

    public static final DetectionSettings DEFAULTS = new DetectionSettings(DEFAULT_CONFIDENCE, DEFAULT_NMS_IOU);

    public DetectionSettings {
        if (!(confidence >= 0 && confidence <= 1) || !(nmsIou > 0 && nmsIou <= 1)) {
            throw new IllegalArgumentException("the confidence threshold must be in [0, 1] and the NMS IoU in (0, 1], "
                    + "got " + confidence + " and " + nmsIou);
        }
    }

    /** The suppression at this confidence. */
    public NonMaxSuppression nms() {
        return new NonMaxSuppression(nmsIou, confidence, MAX_BOXES);
    }

    /** The suppression evaluation uses: this IoU, every box down to {@link #EVALUATION_CONFIDENCE}. */
    public NonMaxSuppression evaluationNms() {
        return new NonMaxSuppression(nmsIou, Math.min(confidence, EVALUATION_CONFIDENCE), MAX_BOXES);
    }
}
