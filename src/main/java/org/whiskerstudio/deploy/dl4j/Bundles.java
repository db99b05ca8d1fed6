package org.whiskerstudio.deploy.dl4j;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.util.ModelSerializer;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureJson;
import org.whiskerstudio.architecture.Detector;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.architecture.dl4j.Dl4jRuntime;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.deploy.BundleFormat;
import org.whiskerstudio.deploy.BundleOptions;
import org.whiskerstudio.deploy.BundleRefused;
import org.whiskerstudio.deploy.ExportedBundle;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.deploy.ModelCardJson;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.deploy.OnnxParityFailed;
import org.whiskerstudio.deploy.PredictionServer;
import org.whiskerstudio.deploy.SafeZip;
import org.whiskerstudio.deploy.dl4j.onnx.ExportRefused;
import org.whiskerstudio.deploy.dl4j.onnx.OnnxExport;
import org.whiskerstudio.detection.BoxFinder;
import org.whiskerstudio.evaluation.dl4j.AnomalyEvaluator;
import org.whiskerstudio.evaluation.dl4j.Evaluator;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.DetectorFiles;
import org.whiskerstudio.training.NotAClassifier;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfigJson;
import org.whiskerstudio.common.ModelZips;
import org.whiskerstudio.training.dl4j.DetectorModel;
import org.whiskerstudio.training.dl4j.TrainedModel;

/** Exports a run as a model bundle and loads bundles from anywhere without trusting them. */
public final class Bundles {
    private static final long ENTRY_LIMIT = 1L << 30;

    /** A bundle opened for prediction, with its card. */
    public record Loaded(ModelCard card, Predictor predictor) {
        /** A detector bundle's boxes on image files, with the card's thresholds; empty for the other kinds. */
        public Optional<BoxFinder> boxFinder() {
            return card.detector().map(d -> DetectorModel.of(predictor.model(), d.thresholds()));
        }

        /** The server {@code whisker serve} runs on this bundle (also the serving benchmark's and the tests'). */
        public PredictionServer serve(PredictionServer.Settings settings) throws IOException {
            return predictor.serve(settings, card.name());
        }
    }

    private Bundles() {
    }

    /** The same as {@link #export(ProjectStore, OpenedRun, Path, BundleOptions, Progress)}, opening the run here. */
    public static ExportedBundle export(ProjectStore store, long runId, Path out, BundleOptions options,
                                        Progress progress) throws IOException {
        return export(store, new RunStore(store).open(runId), out, options, progress);
    }

    /** With {@code model.onnx} when {@code withOnnx} and it passes its check; the card written. */
    public static ModelCard export(ProjectStore store, long runId, Path out, boolean withOnnx, Progress progress)
            throws IOException {
        return export(store, runId, out, BundleOptions.onnx(withOnnx), progress).card();
    }

    /** A bundle without {@code model.onnx}. */
    public static ModelCard export(ProjectStore store, long runId, Path out, Progress progress) throws IOException {
        return export(store, runId, out, false, progress);
    }

    /** A bundle without {@code model.onnx}. */
    public static ModelCard export(ProjectStore store, OpenedRun run, Path out, Progress progress) throws IOException {
        return export(store, run, out, BundleOptions.PLAIN, progress).card();
    }

    /**
     * Writes {@code out} (a temporary file first, then moved into place): the run's best model without updater
     * state, its card with test metrics when the project has a test part, and the card as Markdown. The network is
     * restored once; the test metrics come from the run's saved test-part evaluation while it is current, else the
     * test part is scored once (and that evaluation saved for the Evaluate screen). An autoencoder's card has no test
     * metrics but its anomaly threshold ({@link AnomalyEvaluator#threshold}) and normal class; a detector's its input,
     * grid, anchors and thresholds (the options', else the run's own). {@code withOnnx} adds {@code model.onnx} with
     * its parity figures on the card; when its check fails or the network has no ONNX form (a detector's boxes are
     * read after the network), the bundle is written without it and the answer says why.
     */
    public static ExportedBundle export(ProjectStore store, OpenedRun run, Path out, BundleOptions options,
                                        Progress progress) throws IOException {
        ModelKind kind = run.run().kind();
        NotAClassifier.refuseAgent(run.run());
        boolean withOnnx = options.withOnnx() && kind != ModelKind.DETECTOR;
        int steps = withOnnx ? 4 : 3;
        progress.update(0, steps, "Reading the model of " + run.name());
        if (kind == ModelKind.AUTOENCODER && withOnnx) {
            NotAClassifier.refuseAutoencoder(run.run());
        }
        TrainedModel model = TrainedModel.ofRun(store, run);
        Path stripped = Files.createTempFile("whisker-export-", ".zip");
        Path onnx = Files.createTempFile("whisker-export-", ".onnx");
        Path codes = Files.createTempFile("whisker-export-", ".codes");
        try {
            withoutUpdater(TrainedModel.modelFile(run.folder()), stripped);
            progress.update(1, steps, switch (kind) {
                case AUTOENCODER -> "Setting the anomaly threshold";
                case DETECTOR -> "Reading the detector's thresholds";
                default -> "Scoring on the test part";
            });
            ModelCard card = kindEntry(store, run, model, options, codes, new ModelCard(ModelCard.FORMAT_VERSION, run.name(),
                    Instant.now(), model.classes(), ModelCardJson.inputOf(model.architecture()), model.preprocessing(),
                    model.layout(), model.normalisation(), ArchitectureJson.write(model.architecture()),
                    TrainingConfigJson.write(run.config()), testMetrics(store, run, model),
                    new RunStore(store).provenance(run.id()).orElse(Provenance.here("", "", "")),
                    BundleFormat.sha256(stripped)));
            Optional<String> leftOut = options.withOnnx() && !withOnnx ? Optional.of(NO_DETECTOR_ONNX)
                    : Optional.empty();
            if (withOnnx) {
                progress.update(2, steps, "Exporting ONNX and checking it against DL4J");
                try {
                    OnnxParity parity = OnnxExport.ofProjectModel(store, model, run.name(), onnx, Progress.NONE);
                    card = card.withOnnx(new ModelCard.OnnxEntry(parity, BundleFormat.sha256(onnx)));
                } catch (OnnxParityFailed e) {
                    leftOut = Optional.of(ExportedBundle.parityFailed(e.parity()));
                } catch (ExportRefused e) {
                    leftOut = Optional.of(ExportedBundle.leftOut(e.getMessage()));
                }
            }
            progress.update(steps - 1, steps, "Writing " + out.getFileName());
            BundleFormat.write(out, card, stripped, card.onnx().isPresent() ? Optional.of(onnx) : Optional.empty(),
                    kind == ModelKind.AUTOENCODER ? Optional.of(codes) : Optional.empty());
            progress.update(steps, steps, "Exported " + out.getFileName());
            return new ExportedBundle(card, leftOut);
        } finally {
            Files.deleteIfExists(stripped);
            Files.deleteIfExists(onnx);
            Files.deleteIfExists(codes);
        }
    }

    /** Why a detector's bundle has no {@code model.onnx} when one was asked for. */
    static final String NO_DETECTOR_ONNX = ExportedBundle.leftOut("a detector has no ONNX export (its boxes are "
            + "decoded and suppressed after the network)");

    /** A classifier's test metrics from the test part; none for an autoencoder or a detector (no classes to score). */
    private static Optional<ModelCard.TestMetrics> testMetrics(ProjectStore store, OpenedRun run, TrainedModel model)
            throws IOException {
        if (run.run().kind() == ModelKind.AUTOENCODER || run.run().kind() == ModelKind.DETECTOR) {
            return Optional.empty();
        }
        return new Evaluator().currentTestPart(store, run, model, Progress.NONE, new Cancellation())
                .filter(r -> !r.evaluation().predictions().isEmpty())
                .map(r -> ModelCard.TestMetrics.of(r.evaluation()));
    }

    /**
     * The card with what its kind's answers need: an autoencoder's threshold and reference codes (written to
     * {@code codes}), a detector's anchors and thresholds.
     */
    private static ModelCard kindEntry(ProjectStore store, OpenedRun run, TrainedModel model, BundleOptions options,
                                       Path codes, ModelCard card) throws IOException {
        return switch (run.run().kind()) {
            case AUTOENCODER -> card.withAnomaly(AnomalyBundle.entry(store, run, model, codes));
            case DETECTOR -> card.withDetector(ModelCard.DetectorEntry.of(detector(model),
                    options.thresholds().orElse(new DetectorFiles(run.folder()).readSettings())));
            case CLASSIFIER, GAN, CHARACTER_MODEL, AGENT -> card;
        };
    }

    private static Detector detector(TrainedModel model) {
        return Detector.of(model.architecture().network()).orElseThrow(() -> new IllegalArgumentException(
                "\"" + model.architecture().name() + "\" ends in a YOLO head whose grid is not square"));
    }

    /** Checks everything about the bundle, then builds its model; nothing of a refused bundle is executed. */
    public static Loaded load(Path bundle) throws IOException {
        try (BundleFormat.Opened opened = BundleFormat.open(bundle)) {
            return load(opened, bundle.getFileName().toString());
        }
    }

    /** The same for a bundle already opened (and so checked) by {@link BundleFormat#open}; {@code label} names it. */
    public static Loaded load(BundleFormat.Opened opened, String label) throws IOException {
        Dl4jRuntime.configure();
        try {
            ModelCard card = opened.card();
            Architecture architecture = ArchitectureJson.read(card.architectureJson());
            Path trusted = Files.createTempFile("whisker-model-", ".zip");
            try {
                TrustedModel.rebuild(opened.modelZip(), label + "!" + BundleFormat.MODEL, architecture, trusted);
                TrainedModel model = TrainedModel.load(trusted, architecture, card.classes(), card.preprocessing(),
                        card.normalisation());
                check(label, card, model);
                return new Loaded(card, predictor(card, model, opened, label));
            } finally {
                Files.deleteIfExists(trusted);
            }
        } catch (IllegalArgumentException e) {
            throw new BundleRefused(label + " does not hold a usable model: " + e.getMessage(), e);
        }
    }

    /** What answers for the card's kind: classes, an anomaly verdict, or boxes with the card's thresholds. */
    private static Predictor predictor(ModelCard card, TrainedModel model, BundleFormat.Opened opened, String label)
            throws IOException {
        if (card.anomaly().isPresent()) {
            return new Predictor(AnomalyBundle.scorer(label, card.anomaly().get(), model, opened),
                    card.anomaly().get().threshold());
        }
        return card.detector().map(d -> new Predictor(model, d.thresholds())).orElseGet(() -> new Predictor(model));
    }

    /** The card must describe the network it came with: same input and one output per class (or per box value). */
    private static void check(String label, ModelCard card, TrainedModel model) throws BundleRefused {
        if (!model.preprocessing().equals(card.preprocessing()) || model.layout() != card.layout()) {
            throw new BundleRefused(label + ": the card's input " + card.preprocessing().key()
                    + " is not the architecture's " + model.preprocessing().key() + ".");
        }
        List<byte[]> empty = List.of(new byte[card.preprocessing().recordBytes()]);
        if (card.anomaly().isPresent()) {
            AnomalyBundle.checkReconstruction(label, model, empty);
            return;
        }
        if (card.detector().isPresent()) {
            int values = DetectorModel.output(model, card.detector().get().thresholds()).rowLength();
            int out = model.outputRows(empty)[0].length;
            if (out != values) {
                throw new BundleRefused(label + ": the detector gives " + out + " values per image but its card's grid,"
                        + " anchors and classes need " + values + ".");
            }
            return;
        }
        float[] out = model.predictPixels(empty)[0];
        if (out.length != card.classes().size()) {
            throw new BundleRefused(label + ": the model has " + out.length + " outputs but the card names "
                    + card.classes().size() + " classes.");
        }
    }

    /** Copies a checkpoint's configuration and parameters only (the updater state is for resuming training). */
    static void withoutUpdater(Path checkpoint, Path target) throws IOException {
        ModelZips.requireModelOnly(checkpoint);
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(file)) {
            SafeZip.read(checkpoint, checkpoint.getFileName().toString(), new SafeZip.Rules(Map.of(
                    ModelSerializer.CONFIGURATION_JSON, ENTRY_LIMIT, ModelSerializer.COEFFICIENTS_BIN, ENTRY_LIMIT,
                    ModelSerializer.UPDATER_BIN, 2 * ENTRY_LIMIT), 4 * ENTRY_LIMIT), (name, in) -> {
                        if (!name.equals(ModelSerializer.UPDATER_BIN)) {
                            zip.putNextEntry(new ZipEntry(name));
                            in.transferTo(zip);
                            zip.closeEntry();
                        }
                    });
        }
    }
}
