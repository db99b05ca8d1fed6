package org.whiskerstudio.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.whiskerstudio.architecture.DetectorBoxes;
import org.whiskerstudio.architecture.DetectorTemplates;
import org.whiskerstudio.architecture.LayerSpec.YoloHead.Anchor;
import org.whiskerstudio.labelling.Shape.Box;
import org.whiskerstudio.project.ProjectStore;

/**
 * A project's boxes for the detector template: its classes with boxes, and anchors fitted by {@link AnchorFitter}
 * to the boxes' sizes as they land on the letterboxed input. Up to {@value DetectorTemplates#ANCHORS} anchors, at
 * most one per {@value #BOXES_PER_ANCHOR} boxes (an anchor that a handful of boxes decide only fits those), and only
 * as many as keep raising the boxes' mean IoU with their nearest anchor by {@value #MIN_IOU_GAIN} (the elbow of
 * k-means): anchors of nearly one shape split each object's confidence between them, as only one of them is trained
 * towards it and the others, seeing the same, towards none. The cats sample's 25 boxes of one cat walking gave 5
 * anchors within a few percent of each other and scores of 0.13-0.18 for its unseen cats; one anchor (mean IoU 0.84,
 * 0.91 with two) lets them pass 0.25. The default set without any box.
 */
public final class ProjectBoxes implements DetectorBoxes {
    /** Boxes each fitted anchor needs. */
    static final int BOXES_PER_ANCHOR = 4;
    /** How much one more anchor must raise the boxes' mean IoU with their nearest anchor. */
    static final double MIN_IOU_GAIN = 0.1;
    private static final long SEED = 1;

    private final Supplier<DetectionLabels> read;
    private DetectionLabels labels;

    public ProjectBoxes(Supplier<DetectionLabels> read) {
        this.read = read;
    }

    /**
     * The project's boxes, read when a detector is first built from them, not when templates are listed (images
     * without boxes play no part in the anchors).
     */
    public static ProjectBoxes of(ProjectStore store) {
        return new ProjectBoxes(() -> DetectionLabels.read(store, false));
    }

    @Override
    public int classes() {
        return labels().classes().size();
    }

    private synchronized DetectionLabels labels() {
        if (labels == null) {
            labels = read.get();
        }
        return labels;
    }

    @Override
    public List<Anchor> anchors(int inputSize, int grid) {
        List<BoxSize> sizes = new ArrayList<>();
        for (DetectionLabels.Labelled image : labels().images()) {
            Letterbox letterbox = new Letterbox(image.width(), image.height(), inputSize);
            for (GroundTruth truth : image.truths()) {
                Box box = letterbox.toInput(truth.box());
                if (box.x2() > box.x1() && box.y2() > box.y1()) {
                    sizes.add(new BoxSize(box.x2() - box.x1(), box.y2() - box.y1()));
                }
            }
        }
        if (sizes.isEmpty()) {
            return DetectorTemplates.DEFAULT_ANCHORS;
        }
        int most = Math.max(1, Math.min(DetectorTemplates.ANCHORS, sizes.size() / BOXES_PER_ANCHOR));
        return AnchorFitter.inGridUnits(elbow(sizes, most), inputSize, grid).stream()
                .map(s -> new Anchor(s.width(), s.height())).toList();
    }

    /** The fewest anchors (up to {@code most}) after which one more raises the mean IoU by less than the minimum. */
    private static List<BoxSize> elbow(List<BoxSize> sizes, int most) {
        List<BoxSize> anchors = AnchorFitter.fit(sizes, 1, SEED);
        double iou = AnchorFitter.meanIou(sizes, anchors);
        for (int k = 2; k <= most; k++) {
            List<BoxSize> more = AnchorFitter.fit(sizes, k, SEED);
            double moreIou = AnchorFitter.meanIou(sizes, more);
            if (moreIou - iou < MIN_IOU_GAIN) {
                break;
            }
            anchors = more;
            iou = moreIou;
        }
        return anchors;
    }
}
