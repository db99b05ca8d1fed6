package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.whiskerstudio.architecture.Detector;
import org.whiskerstudio.detection.BoxFinder;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.DetectionDataReader;
import org.whiskerstudio.detection.DetectionExample;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.detection.DetectorOutput;
import org.whiskerstudio.detection.Letterbox;
import org.whiskerstudio.detection.NonMaxSuppression;
import org.whiskerstudio.detection.YoloGrid;
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
    private final DetectorOutput output;

    private DetectorModel(TrainedModel model, DetectionSettings settings) {
        this.model = model;
        this.output = output(model, settings);
    }

    /**
     * How the model's output rows ({@link TrainedModel#outputRows}) become boxes with {@code settings}.
     *
     * @throws IllegalArgumentException when the model is not a detector
     */
    public static DetectorOutput output(TrainedModel model, DetectionSettings settings) {
        Detector detector = Detector.of(model.architecture().network()).orElseThrow(() ->
                new IllegalArgumentException("\"" + model.architecture().name() + "\" is not a detector."));
        return new DetectorOutput(new YoloGrid(detector.inputSize(), detector.grid(), detector.classes()),
                detector.anchors().size(), settings);
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

    /** How this detector's output rows become boxes, with its thresholds. */
    public DetectorOutput output() {
        return output;
    }

    @Override
    public List<String> classes() {
        return model.classes();
    }

    public DetectionSettings settings() {
        return output.settings();
    }

    public TrainedModel model() {
        return model;
    }

    @Override
    public List<Detection> find(Path image) throws IOException {
        return detect(List.of(DetectionDataReader.load(image, model.preprocessing())), output.settings().nms()).get(0);
    }

    /** The boxes on an encoded image in memory (an upload). */
    public List<Detection> find(byte[] content, String name) throws IOException {
        return detect(List.of(DetectionDataReader.decode(content, model.preprocessing(), name)), output.settings().nms()).get(0);
    }

    /** Each example's boxes after {@code nms}, in image pixels, best first. */
    public List<List<Detection>> detect(List<DetectionExample> examples, NonMaxSuppression nms) {
        return answers(examples, (row, letterbox) -> output.boxes(row, letterbox, nms));
    }

    /** Each example's boxes after {@code nms} as offered and as mAP's candidates, from one forward pass. */
    public List<DetectorOutput.Answer> evaluate(List<DetectionExample> examples, NonMaxSuppression nms) {
        return answers(examples, (row, letterbox) -> output.answer(row, letterbox, nms));
    }

    private <T> List<T> answers(List<DetectionExample> examples, BiFunction<float[], Letterbox, T> answer) {
        if (examples.isEmpty()) {
            return List.of();
        }
        float[][] rows = model.outputRows(examples.stream().map(DetectionExample::pixels).toList());
        List<T> kept = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            kept.add(answer.apply(rows[i], examples.get(i).letterbox()));
        }
        return kept;
    }
}
