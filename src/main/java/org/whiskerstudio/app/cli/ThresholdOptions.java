package org.whiskerstudio.app.cli;

import java.util.Optional;
import org.whiskerstudio.deploy.ReadyBundle;
import org.whiskerstudio.deploy.RecordPredictor;
import org.whiskerstudio.detection.DetectionSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --confidence} and {@code --nms-iou} of {@code whisker predict} and {@code serve}: a detector's thresholds. */
final class ThresholdOptions {
    @Option(names = "--confidence", paramLabel = "P", description = "a detector's confidence threshold (0-1) instead "
            + "of the bundle's: boxes scoring under it are dropped")
    private Double confidence;

    @Option(names = "--nms-iou", paramLabel = "IOU", description = "a detector's NMS IoU (above 0, at most 1) "
            + "instead of the bundle's: of two boxes of a class overlapping more, the better is kept")
    private Double nmsIou;

    /**
     * The bundle's predictor, a detector's with the thresholds given here (the card's for those not given).
     *
     * @throws CommandLine.ParameterException when one is given for a bundle that is not a detector's, or is out of range
     */
    RecordPredictor apply(CommandLine.Model.CommandSpec spec, ReadyBundle loaded) {
        if (confidence == null && nmsIou == null) {
            return loaded.predictor();
        }
        Optional<DetectionSettings> own = loaded.card().detector().map(d -> d.thresholds());
        if (own.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--confidence and --nms-iou are for a "
                    + "detector's bundle; " + loaded.card().name() + " does not find boxes");
        }
        try {
            return loaded.predictor().withThresholds(new DetectionSettings(
                    confidence == null ? own.get().confidence() : confidence,
                    nmsIou == null ? own.get().nmsIou() : nmsIou));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
