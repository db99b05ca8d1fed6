package org.whiskerstudio.deploy.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.deploy.BundleRefused;
import org.whiskerstudio.deploy.ClassScore;
import org.whiskerstudio.deploy.Engine;
import org.whiskerstudio.deploy.Prediction;
import org.whiskerstudio.deploy.ReadyBundle;
import org.whiskerstudio.project.ProjectStore;

/** The DL4J and ONNX Runtime engines give the same answers on the same files, through the same predictor. */
@Tag("engine")
class EnginesTest {
    private static final TinyModel.Trained TINY = TinyModel.get();
    private static Path withOnnx;

    /** The tiny run as a bundle that carries model.onnx (shared with the CLI tests). */
    static Path bundleWithOnnx() throws IOException {
        if (withOnnx == null) {
            Path bundle = Files.createTempDirectory("engines").resolve("tiny-onnx.whisker-model.zip");
            try (ProjectStore store = TINY.open()) {
                Bundles.export(store, TINY.runId(), bundle, true, Progress.NONE);
            }
            withOnnx = bundle;
        }
        return withOnnx;
    }

    @BeforeAll
    static void export() throws IOException {
        bundleWithOnnx();
    }

    @Test
    void bothEnginesAgreeOnTheTopClassAndWithin1e4OnEveryFile() throws Exception {
        try (ReadyBundle dl4j = Engines.load(withOnnx, Engine.DL4J);
             ReadyBundle onnx = Engines.load(withOnnx, Engine.ONNX)) {
            int classes = dl4j.card().classes().size();
            for (Path image : TINY.images()) {
                Prediction a = dl4j.predictor().predict(image, classes);
                Prediction b = onnx.predictor().predict(image, classes);

                assertEquals(a.top().get(0).name(), b.top().get(0).name(), image.toString());
                for (ClassScore score : a.top()) {
                    double other = b.top().stream().filter(s -> s.name().equals(score.name())).findFirst()
                            .orElseThrow().probability();
                    assertEquals(score.probability(), other, 1e-4, image + " " + score.name());
                }
            }
        }
    }

    @Test
    void theOnnxEngineNamesTheClassesOfTheCard() throws Exception {
        try (ReadyBundle onnx = Engines.load(withOnnx, Engine.ONNX)) {
            assertEquals(List.of("dark", "light"), onnx.predictor().classes());
            assertEquals(Engine.ONNX, onnx.engine());
        }
    }

    @Test
    void theOnnxEngineOnABundleWithoutOnnxSaysHowToMakeOne() {
        BundleRefused refused = assertThrows(BundleRefused.class, () -> Engines.load(TINY.bundle(), Engine.ONNX));

        assertTrue(refused.getMessage().contains("has no model.onnx") && refused.getMessage().contains("--onnx"),
                refused.getMessage());
    }

    @Test
    void engineNamesParseInAnyCaseAndUnknownOnesAreNamed() {
        assertEquals(Engine.ONNX, Engine.parse("ONNX"));
        assertEquals(Engine.DL4J, Engine.parse("dl4j"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Engine.parse("tf")).getMessage()
                .contains("known: auto, dl4j, onnx"));
        assertEquals(Engine.AUTO, Engine.parse(" Auto "));
    }

    @Test
    void theDefaultEngineIsOnnxRuntimeWhenTheBundleHasAModelOnnxElseDl4j() throws Exception {
        try (ReadyBundle with = Engines.load(withOnnx, Engine.AUTO);
             ReadyBundle without = Engines.load(TINY.bundle(), Engine.AUTO)) {
            assertEquals(Engine.ONNX, with.engine());
            assertEquals(Engine.DL4J, without.engine());
        }
    }
}
