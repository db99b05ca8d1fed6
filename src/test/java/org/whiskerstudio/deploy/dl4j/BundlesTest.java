package org.whiskerstudio.deploy.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.deploy.BundleFormat;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.deploy.Prediction;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.dl4j.TrainedModel;

/** A run exported and loaded back predicts exactly as the run's own model. */
@Tag("engine")
class BundlesTest {
    private final TinyModel.Trained tiny = TinyModel.get();

    @Test
    void aLoadedBundlePredictsExactlyAsTheRunsModel() throws Exception {
        float[][] fromRun;
        try (ProjectStore store = tiny.open()) {
            fromRun = TrainedModel.ofRun(store, tiny.runId()).predictFiles(tiny.images());
        }
        float[][] fromBundle = Bundles.load(tiny.bundle()).predictor().model().predictFiles(tiny.images());

        for (int i = 0; i < fromRun.length; i++) {
            assertArrayEquals(fromRun[i], fromBundle[i], "image " + i);
        }
    }

    @Test
    void theCardDescribesTheRunsClassesInputAndTestScore() throws Exception {
        ModelCard card = Bundles.load(tiny.bundle()).card();

        assertEquals(List.of("dark", "light"), card.classes());
        assertEquals("8x8x1", card.input().label());
        assertEquals("tiny run", card.name());
        assertTrue(card.test().isPresent(), "the project has a test part");
        assertTrue(card.test().get().examples() > 0);
    }

    @Test
    void aBundleWithOnnxCarriesItsParityLineOnTheCardAndRunsInOnnxRuntime(@TempDir Path temp) throws Exception {
        Path bundle = temp.resolve("tiny-onnx.whisker-model.zip");
        try (ProjectStore store = tiny.open()) {
            Bundles.export(store, tiny.runId(), bundle, true, Progress.NONE);
        }

        try (BundleFormat.Opened opened = BundleFormat.open(bundle);
             ZipFile zip = new ZipFile(bundle.toFile())) {
            OnnxParity parity = opened.card().onnx().orElseThrow().parity();
            assertTrue(parity.passed(), parity.line());
            assertTrue(opened.onnx().isPresent());
            String markdown = new String(zip.getInputStream(zip.getEntry(BundleFormat.CARD_MARKDOWN)).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(markdown.contains(parity.line()), markdown);
        }
    }

    @Test
    void theBundlesModelHasNoUpdaterState() throws Exception {
        try (BundleFormat.Opened opened = BundleFormat.open(tiny.bundle());
             ZipFile model = new ZipFile(opened.modelZip().toFile())) {
            List<String> names = new ArrayList<>();
            model.stream().forEach(e -> names.add(e.getName()));

            assertEquals(List.of("configuration.json", "coefficients.bin"), names);
        }
    }

    @Test
    void thePredictorRanksClassesAndTimesThePrediction() throws Exception {
        Predictor predictor = Bundles.load(tiny.bundle()).predictor();

        Prediction dark = predictor.predict(tiny.images().get(0), 2);

        assertEquals("dark", dark.top().get(0).name());
        assertTrue(dark.top().get(0).probability() >= dark.top().get(1).probability());
        assertTrue(dark.millis() > 0);
    }

    @Test
    void aBundleIsOneFileNamedAfterTheRun() {
        assertEquals("LeNet-3.whisker-model.zip", BundleFormat.fileName("LeNet #3"));
    }
}
