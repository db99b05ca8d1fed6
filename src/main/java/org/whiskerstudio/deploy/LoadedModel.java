package org.whiskerstudio.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.project.sequences.MediaKind;

/** A model ready to predict, as the Deploy screen sees it (the engine stays behind this interface). */
public interface LoadedModel extends FolderPrediction.FilePredictor {
    String name();

    List<String> classes();

    /** "28x28x1, grey, stretch". */
    String inputDescription();

    /** What it answers, for the screen: "3 classes (cat, dog, bird)", or an anomaly model's score and threshold. */
    default String outputDescription() {
        List<String> classes = classes();
        return classes.size() + " classes (" + String.join(", ", classes.subList(0, Math.min(6, classes.size())))
                + (classes.size() > 6 ? ", ..." : "") + ")";
    }

    /** A detector's thresholds (confidence, NMS IoU); empty for the other kinds. */
    default Optional<DetectionSettings> thresholds() {
        return Optional.empty();
    }

    /** The same network answering with other thresholds: a detector's; any other model is returned as it is. */
    default LoadedModel withThresholds(DetectionSettings thresholds) {
        return this;
    }

    /** What the model reads: images, series CSV files or text files. */
    default MediaKind kind() {
        return MediaKind.IMAGE;
    }

    @Override
    Prediction predict(Path file, int k) throws ImageUnreadable;
}
