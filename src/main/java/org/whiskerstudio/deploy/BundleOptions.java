package org.whiskerstudio.deploy;

import java.util.Optional;
import org.whiskerstudio.detection.DetectionSettings;

/**
 * What goes into a bundle besides the run's model: {@code model.onnx} when asked and it passes its check, and a
 * detector's thresholds when they were moved (on the Deploy screen) rather than the run's own.
 */
public record BundleOptions(boolean withOnnx, Optional<DetectionSettings> thresholds) {
    /** The model alone, with a detector's own thresholds. */
    public static final BundleOptions PLAIN = new BundleOptions(false, Optional.empty());

    public static BundleOptions onnx(boolean withOnnx) {
        return new BundleOptions(withOnnx, Optional.empty());
    }
}
