package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.architecture.Detector;
import org.whiskerstudio.detection.BoxFinder;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.DetectionDataReader;
import org.whiskerstudio.detection.DetectionExample;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.detection.Letterbox;
import org.whiskerstudio.detection.NonMaxSuppression;
import org.whiskerstudio.detection.YoloGrid;
import org.whiskerstudio.detection.dl4j.YoloOutputs;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.DetectorFiles;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.RunStore;

/**
 * A trained detector with its run's thresholds: an image (file or upload) letterboxed and standardised as in training,
 * the network's boxes decoded into the image's pixels, then the confidence threshold and per-class NMS. What the
 * screens, {@code whisker predict}/{@code serve} and evaluation ask; one network, so calls are serialised by
 * {@link TrainedModel}.
 */
public final class DetectorModel implements BoxFinder {
    private final TrainedModel model;
    private final YoloGrid grid;
    private final int anchors;
    private final DetectionSettings settings;

    private DetectorModel(TrainedModel model, DetectionSettings settings) {
        Detector detector = Detector.of(model.architecture().network()).orElseThrow(() ->
                new IllegalArgumentException("\"" + model.architecture().name() + "\" is not a detector."));
        this.model = model;
        this.grid = new YoloGrid(detector.inputSize(), detector.grid(), detector.classes());
        this.anchors = detector.anchors().size();
        this.settings = settings;
    }

    /** A loaded detector (a run's or a bundle's) with the thresholds to answer with. */
    public static DetectorModel of(TrainedModel model, DetectionSettings settings) {
        return new DetectorModel(model, settings);
    }

    /** A detector run's best model with the thresholds kept in its folder. */
    public static DetectorModel ofRun(ProjectStore store, long runId) throws IOException {
        OpenedRun run = new RunStore(store).open(runId);
        return of(TrainedModel.ofRun(store, run), new DetectorFiles(run.folder()).readSettings());
    }

    /** The same network answering with other thresholds (a moved slider, evaluation's every-box view). */
    public DetectorModel with(DetectionSettings other) {
        return new DetectorModel(model, other);
    }

    @Override
    public List<String> classes() {
        return model.classes();
    }

    public DetectionSettings settings() {
        return settings;
    }

    public TrainedModel model() {
        return model;
    }

    @Override
    public List<Detection> find(Path image) throws IOException {
        return detect(List.of(DetectionDataReader.load(image, model.preprocessing())), settings.nms()).get(0);
    }

    /** The boxes on an encoded image in memory (an upload). */
    public List<Detection> find(byte[] content, String name) throws IOException {
        return detect(List.of(DetectionDataReader.decode(content, model.preprocessing(), name)), settings.nms())
                .get(0);
    }

    /** Each example's boxes after {@code nms}, in image pixels, best first. */
    public List<List<Detection>> detect(List<DetectionExample> examples, NonMaxSuppression nms) {
        if (examples.isEmpty()) {
            return List.of();
        }
        List<byte[]> pixels = examples.stream().map(DetectionExample::pixels).toList();
        List<Letterbox> letterboxes = examples.stream().map(DetectionExample::letterbox).toList();
        List<List<Detection>> raw = YoloOutputs.decode(model.output(model.encode(pixels)), grid, anchors, letterboxes,
                nms.scoreThreshold());
        List<List<Detection>> kept = new ArrayList<>(raw.size());
        raw.forEach(one -> kept.add(nms.apply(one)));
        return kept;
    }
}
