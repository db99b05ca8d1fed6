package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.Detector;
import org.whiskerstudio.architecture.Issue;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.detection.BoxAugmentation;
import org.whiskerstudio.detection.DetectionData;
import org.whiskerstudio.detection.DetectionDataReader;
import org.whiskerstudio.detection.DetectionLabels;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.training.DetectorFiles;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;

/**
 * A detector learns the project's boxes ({@link DetectionDataReader}: boxed images, and reviewed images without boxes
 * as negatives) in {@link DetectorTrainer}. Its input is always letterboxed (a stretched image would move every
 * box's shape). Of the run's augmentation, the flip and the shift apply and move the boxes with the pixels, and any
 * augmentation adds a scale change of up to {@value #SCALE_CHANGE}; rotations would not keep a box tight and are
 * left out. A resumed run keeps its recorded standardisation and refuses a project whose box classes changed.
 */
final class DetectorStrategy implements RunStrategy {
    /** The scale change any augmentation brings with it: objects a fifth smaller or larger than drawn. */
    static final double SCALE_CHANGE = 0.2;

    private final TrainingDataSource source;
    private final RunStore runs;

    DetectorStrategy(TrainingDataSource source, RunStore runs) {
        this.source = source;
        this.runs = runs;
    }

    @Override
    public void check(Architecture architecture, TrainingRequest request) {
        Detector detector = detector(architecture);
        Analysis analysis = ShapeInference.analyse(architecture.network());
        if (!analysis.ok()) {
            throw new IllegalArgumentException("\"" + architecture.name() + "\" cannot train on this project: "
                    + analysis.issues().stream().map(Issue::message).collect(Collectors.joining("; ")));
        }
        classes(detector, source.detectionLabels().classes());
    }

    private static Detector detector(Architecture architecture) {
        return Detector.of(architecture.network()).orElseThrow(() -> new IllegalArgumentException("\""
                + architecture.name() + "\" ends in a YOLO head that does not see a square grid of a square image."));
    }

    /** @throws IllegalArgumentException when the head's classes are not the project's classes with boxes */
    private static void classes(Detector detector, List<String> classes) {
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("The project has no boxes to learn from: draw boxes (or polygons) "
                    + "around the objects on the Label screen first.");
        }
        if (classes.size() != detector.classes()) {
            throw new IllegalArgumentException("The detector's YOLO head tells " + detector.classes() + " class"
                    + (detector.classes() == 1 ? "" : "es") + " apart, but the project has boxes of " + classes.size()
                    + " (" + String.join(", ", classes) + "): set the head's classes to " + classes.size()
                    + " (and its Conv2D's filters to match), or build the yolo template again.");
        }
    }

    /** The thresholds start at their defaults; evaluation and the screens may move them. */
    @Override
    public void recorded(TrainingRun run, TrainingRequest request) {
        try {
            new DetectorFiles(runs.folder(run.id())).writeSettings(DetectionSettings.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the detection settings of the run: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<TrainingOutcome> train(RunJob job) throws IOException, InterruptedException {
        TrainingRun run = job.run();
        RunFolder folder = runs.folder(run.id());
        Detector detector = detector(job.architecture());
        DetectionData read = ImagePreparation.prepare(job, (progress, cancellation) ->
                source.detection(detector.inputSize(), detector.input().channels(), progress, cancellation));
        classes(detector, read.classes());
        DetectionData data = job.resume() ? resumed(folder, read) : read;
        if (!job.resume()) {
            runs.setProvenance(run.id(), EngineInfo.provenance(summary(data)));
            folder.writeClasses(data.classes());
            folder.writePreprocessing(DetectionDataReader.preprocessing(data.size(), data.channels()));
        }
        if (job.control().isStopRequested()) {
            return Optional.empty();
        }
        if (data.train().isEmpty()) {
            throw new IllegalArgumentException("The training part holds no boxed image.");
        }
        return Optional.of(DetectorTrainer.run(new DetectorTrainer.Job(run.id(), job.architecture().network(),
                run.config(), folder, data, job.control(), job.listener(), RunRecorder.of(runs, run.id()),
                job.resume(), run.durationMillis(), augmentation(run.config().augmentation()))));
    }

    private static DetectionData resumed(RunFolder folder, DetectionData read) throws IOException {
        List<String> recorded = folder.readClasses().orElse(read.classes());
        if (!recorded.equals(read.classes())) {
            throw new IOException("The project's box classes have changed since the run began (it learnt "
                    + String.join(", ", recorded) + "; the project now has " + String.join(", ", read.classes())
                    + "). Start a new run instead.");
        }
        return folder.readNormalisation().map(read::withNormalisation).orElse(read);
    }

    /** The run's flip and shift, with a scale change whenever it augments at all. */
    static BoxAugmentation augmentation(Augmentation augmentation) {
        if (augmentation.isNone()) {
            return BoxAugmentation.none();
        }
        return new BoxAugmentation(augmentation.flipHorizontal(), Math.min(0.5, augmentation.maxShift()),
                SCALE_CHANGE);
    }

    static String summary(DetectionData data) {
        int boxes = Arrays.stream(data.trainBoxesPerClass()).sum();
        return data.train().size() + " training images (" + boxes + " boxes), " + data.validation().size()
                + " validation, " + data.test().size() + " test; letterboxed to " + data.size() + " x " + data.size()
                + "; classes: " + String.join(", ", data.classes())
                + (data.notes().isEmpty() ? "" : "; " + String.join(" ", data.notes()));
    }

    @Override
    public List<String> warnings(Architecture architecture) {
        DetectionLabels labels = source.detectionLabels();
        return labels.warnings();
    }

    @Override
    public boolean augments() {
        return true;
    }
}
