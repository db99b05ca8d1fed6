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
 * to the boxes' sizes as they land on the letterboxed input. {@value DetectorTemplates#ANCHORS} anchors when the
 * project has at least {@value #BOXES_PER_ANCHOR} boxes per anchor; fewer with fewer boxes (an anchor that a handful
 * of boxes decide only fits those), and the default set without any.
 */
public final class ProjectBoxes implements DetectorBoxes {
    /** Boxes each fitted anchor needs. */
    static final int BOXES_PER_ANCHOR = 4;
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
        int k = Math.max(1, Math.min(DetectorTemplates.ANCHORS, sizes.size() / BOXES_PER_ANCHOR));
        return AnchorFitter.inGridUnits(AnchorFitter.fit(sizes, k, SEED), inputSize, grid).stream()
                .map(s -> new Anchor(s.width(), s.height())).toList();
    }
}
