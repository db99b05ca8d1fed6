package org.whiskerstudio.deploy.dl4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Encoding;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.deploy.BundleFormat;
import org.whiskerstudio.deploy.BundleOptions;
import org.whiskerstudio.deploy.ExportedBundle;
import org.whiskerstudio.deploy.RecordPredictor;
import org.whiskerstudio.deploy.DeployOffer;
import org.whiskerstudio.deploy.DeployService;
import org.whiskerstudio.deploy.DeployableModel;
import org.whiskerstudio.deploy.LoadedModel;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.deploy.Prediction;
import org.whiskerstudio.deploy.dl4j.onnx.OnnxExport;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.detection.DetectorOutput;
import org.whiskerstudio.evaluation.dl4j.AnomalyEvaluator;
import org.whiskerstudio.evaluation.dl4j.AnomalyScorer;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.AnomalyScore;
import org.whiskerstudio.training.AnomalyThreshold;
import org.whiskerstudio.training.DetectorFiles;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * The Deploy screen's engine. Imported bundles are kept verbatim in the project's {@code models/} folder (checked
 * on import and again on every load); they are not made into runs, because a run promises metrics, checkpoints and
 * a split that a bundle from elsewhere does not have.
 */
public final class Dl4jDeployService implements DeployService {
    private final ProjectStore store;

    public Dl4jDeployService(ProjectStore store) {
        this.store = store;
    }

    /** Where imported bundles live. */
    public Path modelsFolder() {
        return store.layout().root().resolve("models");
    }

    @Override
    public List<DeployableModel> models() {
        List<DeployableModel> out = new ArrayList<>();
        RunStore runs = new RunStore(store);
        for (TrainingRun run : runs.list()) {
            if (run.status() != RunStatus.RUNNING && hasModel(runs, run)) {
                out.add(DeployableModel.run(run.id(), label(run), run.kind(), DeployOffer.note(run)));
            }
        }
        if (Files.isDirectory(modelsFolder())) {
            try (Stream<Path> files = Files.list(modelsFolder())) {
                files.filter(f -> f.getFileName().toString().endsWith(BundleFormat.SUFFIX)).sorted()
                        .forEach(f -> out.add(DeployableModel.imported(f)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + modelsFolder() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String label(TrainingRun run) {
        String what = switch (run.kind()) {
            case CLASSIFIER -> accuracy(run, "validation accuracy");
            // A character model's accuracy is about guessing the next character, not about classes.
            case CHARACTER_MODEL -> accuracy(run, "next-character accuracy");
            case GAN -> ", GAN generator";
            case AUTOENCODER -> ", autoencoder";
            case DETECTOR -> ", detector";
            case AGENT -> ", agent";
        };
        return run.name() + " (run " + run.id() + what + ")";
    }

    private static String accuracy(TrainingRun run, String measure) {
        return run.bestValidationAccuracy().isPresent()
                ? String.format(Locale.ROOT, ", %s %.1f%%", measure, 100 * run.bestValidationAccuracy().getAsDouble())
                : "";
    }

    /** A GAN run keeps its generator; the others their best model or last checkpoint. */
    private static boolean hasModel(RunStore runs, TrainingRun run) {
        if (run.kind() == ModelKind.GAN) {
            return Files.isRegularFile(runs.folder(run.id()).generator());
        }
        try {
            TrainedModel.modelFile(runs.folder(run.id()));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public LoadedModel load(DeployableModel model) throws IOException {
        if (model.runId().isPresent()) {
            OpenedRun run = new RunStore(store).open(model.runId().get());
            TrainedModel trained = TrainedModel.ofRun(store, run);
            if (run.run().kind() == ModelKind.AUTOENCODER) {
                AnomalyScorer scorer = AnomalyEvaluator.scorer(store, run, trained, Progress.NONE);
                AnomalyThreshold threshold = AnomalyEvaluator.threshold(store, run, scorer, Progress.NONE);
                return handle(run.name(), new Predictor(scorer, threshold.value()).warmedUp(),
                        new AnomalyNote(scorer.score(), threshold.source()));
            }
            if (run.run().kind() == ModelKind.DETECTOR) {
                DetectionSettings kept = new DetectorFiles(run.folder()).readSettings();
                return handle(run.name(), new Predictor(trained, kept).warmedUp(), AnomalyNote.NONE);
            }
            return handle(run.name(), new Predictor(trained).warmedUp(), AnomalyNote.NONE);
        }
        Bundles.Loaded loaded = Bundles.load(model.bundle().orElseThrow());
        return handle(loaded.card().name(), loaded.predictor(),
                loaded.card().anomaly().map(a -> new AnomalyNote(a.score(), a.thresholdSource()))
                        .orElse(AnomalyNote.NONE));
    }

    @Override
    public ExportedBundle export(long runId, Path out, BundleOptions options, Progress progress) throws IOException {
        return Bundles.export(store, runId, out, options, progress);
    }

    @Override
    public OnnxParity exportOnnx(long runId, Path out, Progress progress) throws IOException {
        return OnnxExport.ofRun(store, runId, out, progress);
    }

    @Override
    public DeployableModel importBundle(Path bundle) throws IOException {
        Bundles.load(bundle);
        Path target = unusedName(bundle.getFileName().toString());
        AtomicFiles.write(target, out -> Files.copy(bundle, out));
        return DeployableModel.imported(target);
    }

    private Path unusedName(String fileName) {
        String stem = fileName.endsWith(BundleFormat.SUFFIX)
                ? fileName.substring(0, fileName.length() - BundleFormat.SUFFIX.length()) : fileName;
        Path target = modelsFolder().resolve(BundleFormat.fileName(stem));
        for (int i = 2; Files.exists(target); i++) {
            target = modelsFolder().resolve(BundleFormat.fileName(stem + "-" + i));
        }
        return target;
    }

    /** What an anomaly model's score is and how its threshold was chosen; unused for the other kinds. */
    private record AnomalyNote(AnomalyScore score, String thresholdSource) {
        static final AnomalyNote NONE = new AnomalyNote(AnomalyScore.CODE_DISTANCE, "");
    }

    private static LoadedModel handle(String name, RecordPredictor predictor, AnomalyNote anomaly) {
        Preprocessing p = predictor.records().preprocessing();
        String input = p.encoding() != Encoding.PIXELS ? p.describe()
                : p.width() + "x" + p.height() + ", " + (p.channels() == 1 ? "grey" : "RGB") + ", "
                + p.resize().label().toLowerCase(Locale.ROOT);
        return new LoadedModel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> classes() {
                return predictor.classes();
            }

            @Override
            public String inputDescription() {
                return input;
            }

            @Override
            public MediaKind kind() {
                return p.encoding().kind();
            }

            @Override
            public Prediction predict(Path file, int k) throws ImageUnreadable {
                return predictor.predict(file, k);
            }

            @Override
            public boolean scoresAnomalies() {
                return predictor.scoresAnomalies();
            }

            @Override
            public boolean findsBoxes() {
                return predictor.findsBoxes();
            }

            @Override
            public Optional<DetectionSettings> thresholds() {
                return predictor.records().detector().map(DetectorOutput::settings);
            }

            @Override
            public LoadedModel withThresholds(DetectionSettings thresholds) {
                return findsBoxes() ? handle(name, predictor.withThresholds(thresholds), anomaly) : this;
            }

            @Override
            public String outputDescription() {
                if (findsBoxes()) {
                    List<String> classes = classes();
                    return "boxes of " + classes.size() + (classes.size() == 1 ? " class (" : " classes (")
                            + String.join(", ", classes) + ")";
                }
                return predictor.records().anomalyThreshold().stream().mapToObj(t -> String.format(Locale.ROOT,
                        "anomaly score (%s), an anomaly above %.4g (%s)", anomaly.score().label(), t,
                        anomaly.thresholdSource()))
                        .findFirst().orElseGet(LoadedModel.super::outputDescription);
            }
        };
    }
}
