package org.whiskerstudio.ui.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.deploy.BundleOptions;
import org.whiskerstudio.deploy.ClassScore;
import org.whiskerstudio.deploy.DeployService;
import org.whiskerstudio.deploy.DeployableModel;
import org.whiskerstudio.deploy.ExportedBundle;
import org.whiskerstudio.deploy.FoundBoxes;
import org.whiskerstudio.deploy.LoadedModel;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.deploy.Prediction;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.DetectionSettings;

/**
 * The Deploy screen's service made by hand, no engine: a detector run (listed first, so it is chosen) that finds the
 * same boxes on every 320 x 240 image, kept by its thresholds, and a classifier run; bundle exports are recorded.
 */
final class FakeBoxService implements DeployService {
    static final DeployableModel DETECTOR = DeployableModel.run(3, "Tiny YOLO (run 3, detector)", ModelKind.DETECTOR,
            "");
    static final DeployableModel CLASSIFIER = DeployableModel.run(2, "LeNet (run 2)");
    final List<BundleOptions> exported = new ArrayList<>();
    private final List<String> classes;
    private final List<Detection> boxes;

    FakeBoxService(List<String> classes, List<Detection> boxes) {
        this.classes = List.copyOf(classes);
        this.boxes = List.copyOf(boxes);
    }

    @Override
    public List<DeployableModel> models() {
        return List.of(DETECTOR, CLASSIFIER);
    }

    @Override
    public LoadedModel load(DeployableModel model) {
        return model.kind() == ModelKind.DETECTOR ? new Boxes(DetectionSettings.DEFAULTS) : new Cat();
    }

    @Override
    public ExportedBundle export(long runId, Path out, BundleOptions options, Progress progress) {
        exported.add(options);
        return new ExportedBundle(new ModelCard(1, "Tiny YOLO", Instant.now(), classes, null, null, null, null, "", "",
                Optional.empty(), null, ""), Optional.empty());
    }

    @Override
    public OnnxParity exportOnnx(long runId, Path out, Progress progress) throws IOException {
        throw new IOException("not in these tests");
    }

    @Override
    public DeployableModel importBundle(Path bundle) throws IOException {
        throw new IOException("not in these tests");
    }

    /** The detector: its boxes at or above its confidence. */
    private final class Boxes implements LoadedModel {
        private final DetectionSettings settings;

        Boxes(DetectionSettings settings) {
            this.settings = settings;
        }

        @Override
        public String name() {
            return "Tiny YOLO";
        }

        @Override
        public List<String> classes() {
            return classes;
        }

        @Override
        public String inputDescription() {
            return "128x128, RGB, letterbox";
        }

        @Override
        public String outputDescription() {
            return "boxes of 2 classes (" + String.join(", ", classes) + ")";
        }

        @Override
        public boolean findsBoxes() {
            return true;
        }

        @Override
        public Optional<DetectionSettings> thresholds() {
            return Optional.of(settings);
        }

        @Override
        public LoadedModel withThresholds(DetectionSettings thresholds) {
            return new Boxes(thresholds);
        }

        @Override
        public Prediction predict(Path file, int k) throws ImageUnreadable {
            if (file.getFileName().toString().startsWith("bad")) {
                throw new ImageUnreadable("not an image");
            }
            List<Detection> kept = boxes.stream().filter(d -> d.score() >= settings.confidence()).toList();
            return Prediction.found(file.getFileName().toString(), new FoundBoxes(320, 240, classes, kept), 4.0);
        }
    }

    /** The classifier: a cat, always. */
    private static final class Cat implements LoadedModel {
        @Override
        public String name() {
            return "LeNet";
        }

        @Override
        public List<String> classes() {
            return List.of("cat", "dog");
        }

        @Override
        public String inputDescription() {
            return "28x28, grey, stretch";
        }

        @Override
        public Prediction predict(Path file, int k) {
            return new Prediction(file.getFileName().toString(), List.of(new ClassScore("cat", 0.9)), 1.0);
        }
    }
}
