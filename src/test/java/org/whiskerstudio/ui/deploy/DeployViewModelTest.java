package org.whiskerstudio.ui.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.deploy.BundleRefused;
import org.whiskerstudio.deploy.ClassScore;
import org.whiskerstudio.deploy.BundleOptions;
import org.whiskerstudio.deploy.DeployService;
import org.whiskerstudio.deploy.ExportedBundle;
import org.whiskerstudio.deploy.DeployableModel;
import org.whiskerstudio.deploy.LoadedModel;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.deploy.OnnxParityFailed;
import org.whiskerstudio.deploy.Prediction;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.NotAClassifier;
import org.whiskerstudio.ui.common.Notifier;

/** The Deploy screen's state with a scripted service and the direct executor. */
class DeployViewModelTest {
    @TempDir
    Path temp;

    private final List<String> errors = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();
    private final FakeService service = new FakeService();
    private final DeployViewModel model = new DeployViewModel(TaskExecutor.direct(), new Notifier() {
        @Override
        public void error(String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public void info(String title, String message) {
        }

        @Override
        public void fileWritten(String title, String message, Path file) {
            written.add(file);
        }
    }, store -> Optional.of(service));
    private ProjectSession session;

    private DeployViewModel opened() {
        session = new ProjectSession(ProjectStore.create(temp.resolve("project"), "project"));
        model.projectOpened(Optional.of(session));
        model.refresh();
        return model;
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void withoutAProjectTheScreenSaysToOpenOne() {
        model.projectOpened(Optional.empty());

        assertEquals("Open a project to deploy its models.", model.emptyMessageProperty().get());
    }

    @Test
    void aBuildWithoutTheEngineSaysPredictionIsUnavailable() {
        DeployViewModel without = new DeployViewModel(TaskExecutor.direct(), Notifier.SILENT,
                DeployServiceFactory.UNAVAILABLE);
        session = new ProjectSession(ProjectStore.create(temp.resolve("project"), "project"));

        without.projectOpened(Optional.of(session));

        assertTrue(without.emptyMessageProperty().get().startsWith("Prediction is not available in this build"));
        assertFalse(without.importableProperty().get());
    }

    @Test
    void aProjectWithoutModelsSaysToTrainOrImport() {
        service.models.clear();

        opened();

        assertTrue(model.emptyMessageProperty().get().startsWith("No trained model yet"));
        assertTrue(model.importableProperty().get());
    }

    @Test
    void theNewestModelIsChosenAndLoaded() {
        opened();

        assertEquals(service.models.get(0), model.chosenProperty().get());
        assertTrue(model.modelReadyProperty().get());
        assertEquals("LeNet #1: 3 classes (cat, dog, bird), input 28x28, grey, stretch", model.modelInfoProperty().get());
    }

    @Test
    void aCharacterRunChosenSaysWhatItIsInsteadOfFailing() {
        service.character = true;

        opened();

        assertFalse(model.modelReadyProperty().get());
        assertEquals(FakeService.CHARACTER, model.modelInfoProperty().get());
        assertTrue(errors.isEmpty(), "not an error dialog: " + errors);
    }

    @Test
    void triedImagesListTheirTopClassesAndTimeNewestFirst() throws IOException {
        opened();
        Path a = Files.writeString(temp.resolve("a.png"), "a");
        Path b = Files.writeString(temp.resolve("b.png"), "b");

        model.tryFiles(List.of(a));
        model.tryFiles(List.of(b));

        assertEquals(2, model.results().size());
        assertEquals("b.png: cat 0.95, dog 0.04, bird 0.01 (2.5 ms)", model.results().get(0).summary());
        assertEquals(b, model.selectedProperty().get().file());
    }

    @Test
    void aTextModelOpensAndPredictsTextFilesOfAFolder() throws IOException {
        service.kind = MediaKind.TEXT;
        opened();
        assertEquals(List.of("*.txt"), model.fileFilter().patterns());
        Path folder = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(folder.resolve("a.txt"), "purr");
        Files.writeString(folder.resolve("skip.png"), "not a text");

        model.tryFiles(List.of(folder));

        assertEquals(1, model.results().size());
        assertEquals("a.txt", model.results().get(0).file().getFileName().toString());
    }

    @Test
    void anUnreadableImageBecomesARowWithItsReason() throws IOException {
        opened();
        Path bad = Files.writeString(temp.resolve("bad.png"), "unreadable");

        model.tryFiles(List.of(bad));

        assertEquals("bad.png: not readable: not an image", model.results().get(0).summary());
        assertEquals(List.of(), errors);
    }

    @Test
    void aFolderIsPredictedIntoACsvAndTheOutcomeShown() throws IOException {
        opened();
        Path folder = Files.createDirectories(temp.resolve("imgs"));
        Files.writeString(folder.resolve("1.png"), "x");
        Files.writeString(folder.resolve("2.png"), "y");
        Path csv = temp.resolve("out.csv");

        model.predictFolder(folder, csv);

        assertEquals(3, Files.readAllLines(csv).size());
        assertEquals("Predicted 2 images into out.csv.", model.taskMessageProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void exportingTheChosenRunReportsItsTestAccuracy() {
        opened();
        model.bundleWithOnnxProperty().set(false);

        model.exportBundle(temp.resolve("x.whisker-model.zip"));

        assertEquals(List.of(1L), service.exported);
        assertEquals("Exported x.whisker-model.zip (test accuracy 81.9% on 1000 images).",
                model.taskMessageProperty().get());
        assertEquals(List.of(temp.resolve("x.whisker-model.zip")), written, "told where it went, to open its folder");
    }

    @Test
    void showRunChoosesTheModelOfTheRunAnEvaluationSentHere() {
        service.models.add(0, DeployableModel.run(2, "LeNet #2 (run 2)"));
        opened();
        assertEquals(Optional.of(2L), model.chosenProperty().get().runId(), "the newest first");

        model.showRun(1);

        assertEquals(Optional.of(1L), model.chosenProperty().get().runId());
    }

    @Test
    void theChosenModelStaysChosenWhenAComboBoxClearsItAsTheListIsReplaced() {
        service.models.add(0, DeployableModel.run(2, "LeNet #2 (run 2)"));
        opened();
        // What a combo box over the list does to the value it is bound to when the list is replaced.
        model.models().addListener((javafx.collections.ListChangeListener<DeployableModel>) c ->
                model.chosenProperty().set(null));

        model.showRun(1);
        model.refresh();

        assertEquals(Optional.of(1L), model.chosenProperty().get().runId());
    }

    @Test
    void aBundleIsExportedWithOnnxByDefaultAndAFailedCheckLeavesOnlyOnnxOut() {
        opened();
        assertTrue(model.bundleWithOnnxProperty().get(), "with ONNX is on by default");
        service.onnxDisagrees = true;

        model.exportBundle(temp.resolve("x.whisker-model.zip"));

        assertEquals(List.of(new BundleOptions(true, Optional.empty())), service.exportOptions);
        assertEquals("Exported x.whisker-model.zip (test accuracy 81.9% on 1000 images). model.onnx was left out: "
                + "ONNX Runtime did not match DL4J (ONNX parity: 198/200, max difference 4e-1 on 200 test examples); "
                + "the bundle answers with DL4J.", model.taskMessageProperty().get());
        assertEquals(List.of(temp.resolve("x.whisker-model.zip")), written, "the bundle is written all the same");
    }

    @Test
    void aBundleExportedWithOnnxShowsTheParityLine() {
        opened();
        model.bundleWithOnnxProperty().set(true);

        model.exportBundle(temp.resolve("x.whisker-model.zip"));

        assertEquals("Exported x.whisker-model.zip (test accuracy 81.9% on 1000 images). With model.onnx: ONNX parity: "
                + "200/200, max difference 3e-8.", model.taskMessageProperty().get());
    }

    @Test
    void anOnnxExportShowsItsParityLine() {
        opened();

        model.exportOnnx(temp.resolve("LeNet-1.onnx"));

        assertEquals(List.of(1L), service.exportedOnnx);
        assertEquals("Exported LeNet-1.onnx. ONNX parity: 200/200, max difference 3e-8 (200 test examples).",
                model.taskMessageProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void aFailedOnnxCheckSaysWhyAndKeepsNothing() {
        opened();
        service.onnxDisagrees = true;
        Path out = temp.resolve("LeNet-1.onnx");

        model.exportOnnx(out);

        assertEquals("Exporting LeNet-1.onnx failed: ONNX parity: 198/200, max difference 4e-1, nothing was written.",
                model.taskMessageProperty().get());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("picks another class on 2 of them"), errors.get(0));
        assertFalse(Files.exists(out));
    }

    @Test
    void theSuggestedOnnxNameIsTheRunsName() {
        opened();

        assertEquals("LeNet-1.onnx", model.suggestedOnnxName());
    }

    @Test
    void anImportedBundleIsAddedAndChosen() {
        opened();

        model.importBundle(temp.resolve("cats.whisker-model.zip"));

        assertEquals("cats.whisker-model.zip (imported)", model.chosenProperty().get().label());
        assertTrue(model.models().contains(model.chosenProperty().get()));
    }

    @Test
    void aRefusedBundleShowsTheReasonAndChangesNothing() {
        opened();
        service.refuse = true;

        model.importBundle(temp.resolve("evil.whisker-model.zip"));

        assertEquals(List.of("Importing evil.whisker-model.zip failed: evil.whisker-model.zip holds \"../x\""), errors);
        assertEquals(1, model.models().size());
    }

    @Test
    void theSuggestedBundleNameIsTheRunsName() {
        opened();

        assertEquals("LeNet-1.whisker-model.zip", model.suggestedBundleName());
    }

    @Test
    void aGanRunIsNotLoadedAndItsNoteSaysWhatItIs() {
        service.models.add(0, FakeService.GAN);

        opened();

        assertEquals(FakeService.GAN, model.chosenProperty().get());
        assertEquals(0, service.loads, "a generator is not loaded to predict");
        assertFalse(model.modelReadyProperty().get());
        assertEquals(FakeService.GAN.note(), model.modelInfoProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void aGanRunOffersOnnxExportOnlyAndAClassifierEverythingAgain() {
        service.models.add(0, FakeService.GAN);
        opened();

        assertFalse(model.predictOfferedProperty().get());
        assertFalse(model.bundleOfferedProperty().get());
        assertTrue(model.onnxOfferedProperty().get());

        model.chosenProperty().set(service.models.get(1));

        assertTrue(model.predictOfferedProperty().get());
        assertTrue(model.bundleOfferedProperty().get());
        assertTrue(model.onnxOfferedProperty().get());
        assertTrue(model.modelReadyProperty().get());
    }

    @Test
    void aGanRunsGeneratorExportsAsOnnxWithItsParityLine() {
        service.models.add(0, FakeService.GAN);
        service.onnxFrom = "200 noise vectors";
        opened();

        model.exportOnnx(temp.resolve("DCGAN-5.onnx"));

        assertEquals(List.of(5L), service.exportedOnnx);
        assertEquals("Exported DCGAN-5.onnx. ONNX parity: 200/200, max difference 3e-8 (200 noise vectors).",
                model.taskMessageProperty().get());
        assertEquals("DCGAN.onnx", model.suggestedOnnxName());
    }

    @Test
    void aGanRunIsNotExportedAsABundle() {
        service.models.add(0, FakeService.GAN);
        opened();

        model.exportBundle(temp.resolve("x.whisker-model.zip"));

        assertEquals(List.of(), service.exported);
        assertEquals("", model.taskMessageProperty().get());
    }

    @Test
    void aCharacterRunOffersNoExportAndShowsItsNote() {
        DeployableModel character = DeployableModel.run(3, "Char LSTM #1 (run 3)", ModelKind.CHARACTER_MODEL,
                FakeService.CHARACTER);
        service.models.add(0, character);

        opened();

        assertEquals(FakeService.CHARACTER, model.modelInfoProperty().get());
        assertFalse(model.bundleOfferedProperty().get());
        assertFalse(model.onnxOfferedProperty().get());
        model.exportOnnx(temp.resolve("c.onnx"));
        assertEquals(List.of(), service.exportedOnnx);
    }

    /** Two runs' worth of behaviour, no engine. */
    private static final class FakeService implements DeployService {
        static final DeployableModel GAN = DeployableModel.run(5, "DCGAN (run 5, GAN generator)", ModelKind.GAN,
                "Run \"DCGAN\" (run 5) is a GAN: its generator draws new pictures from noise.");
        final List<DeployableModel> models = new ArrayList<>(List.of(DeployableModel.run(1, "LeNet #1 (run 1)")));
        int loads;
        String onnxFrom = "200 test examples";
        final List<Long> exported = new ArrayList<>();
        final List<Long> exportedOnnx = new ArrayList<>();
        final List<BundleOptions> exportOptions = new ArrayList<>();
        boolean onnxDisagrees;
        boolean refuse;
        boolean character;
        static final String CHARACTER = "Run \"Char LSTM #1\" (run 1) is a character model: it writes text rather than "
                + "sorting examples into classes.";
        MediaKind kind = MediaKind.IMAGE;

        @Override
        public List<DeployableModel> models() {
            return List.copyOf(models);
        }

        @Override
        public LoadedModel load(DeployableModel model) throws IOException {
            loads++;
            if (character) {
                throw new CompletionException(
                        new NotAClassifier(CHARACTER));
            }
            return new LoadedModel() {
                @Override
                public String name() {
                    return "LeNet #1";
                }

                @Override
                public List<String> classes() {
                    return List.of("cat", "dog", "bird");
                }

                @Override
                public String inputDescription() {
                    return "28x28, grey, stretch";
                }

                @Override
                public MediaKind kind() {
                    return kind;
                }

                @Override
                public Prediction predict(Path file, int k) throws ImageUnreadable {
                    if (file.getFileName().toString().startsWith("bad")) {
                        throw new ImageUnreadable("not an image");
                    }
                    return new Prediction(file.getFileName().toString(), List.of(new ClassScore("cat", 0.95),
                            new ClassScore("dog", 0.04), new ClassScore("bird", 0.01)), 2.5);
                }
            };
        }

        @Override
        public ExportedBundle export(long runId, Path out, BundleOptions options, Progress progress) {
            exported.add(runId);
            exportOptions.add(options);
            progress.update(3, 3, "done");
            ModelCard card = new ModelCard(1, "LeNet #1", Instant.now(), List.of("cat"), null, null, null, null, "", "",
                    Optional.of(new ModelCard.TestMetrics(0.819, 0.5, 1000)), null, "");
            if (options.withOnnx() && onnxDisagrees) {
                return new ExportedBundle(card, Optional.of(ExportedBundle.parityFailed(
                        new OnnxParity(198, 200, 0.4, "200 test examples"))));
            }
            return new ExportedBundle(options.withOnnx() ? card.withOnnx(new ModelCard.OnnxEntry(
                    new OnnxParity(200, 200, 3e-8, "test"), "")) : card, Optional.empty());
        }

        @Override
        public OnnxParity exportOnnx(long runId, Path out, Progress progress) throws IOException {
            exportedOnnx.add(runId);
            if (onnxDisagrees) {
                throw new OnnxParityFailed(new OnnxParity(198, 200, 0.4, "200 test examples"));
            }
            Files.writeString(out, "onnx");
            return new OnnxParity(200, 200, 3e-8, onnxFrom);
        }

        @Override
        public DeployableModel importBundle(Path bundle) throws IOException {
            if (refuse) {
                throw new BundleRefused(bundle.getFileName() + " holds \"../x\"");
            }
            return DeployableModel.imported(bundle);
        }
    }
}
