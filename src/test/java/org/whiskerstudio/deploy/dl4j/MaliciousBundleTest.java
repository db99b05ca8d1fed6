package org.whiskerstudio.deploy.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.deploy.BundleFormat;
import org.whiskerstudio.deploy.BundleRefused;
import org.whiskerstudio.deploy.DeserializationGuard;

/** Crafted bundles are refused with the reason, and nothing in them runs. */
@Tag("engine")
class MaliciousBundleTest {
    private final TinyModel.Trained tiny = TinyModel.get();

    @TempDir
    Path dir;

    private Map<String, byte[]> realModel() throws Exception {
        try (BundleFormat.Opened opened = BundleFormat.open(tiny.bundle())) {
            return Crafted.entries(opened.modelZip());
        }
    }

    @Test
    void aSerialisedObjectInTheModelIsRefusedAndNeverRuns() throws Exception {
        Path mark = dir.resolve("pwned");
        Map<String, byte[]> model = realModel();
        model.put("preprocessor.bin", Crafted.serialised(new Gadget(mark.toString())));
        Path bundle = Crafted.write(dir.resolve("evil.whisker-model.zip"),
                Crafted.withModel(tiny.bundle(), Crafted.zip(model)));

        BundleRefused refused = assertThrows(BundleRefused.class, () -> Bundles.load(bundle));

        assertTrue(refused.getMessage().contains("preprocessor.bin"), refused.getMessage());
        assertTrue(refused.getMessage().contains("evil.whisker-model.zip"), refused.getMessage());
        assertFalse(Files.exists(mark), "the gadget wrote its file");
        assertFalse(Gadget.RAN.contains(mark.toString()), "the gadget ran");
    }

    @Test
    void theGadgetWouldRunIfDeserialisedPlainly() throws Exception {
        // The control for the test above: this gadget really does run code when Java reads it. The tests run with
        // the packaged app's -Djdk.serialFilter=!*, so this one stream opts out of it on purpose.
        Path mark = dir.resolve("control");
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(
                Crafted.serialised(new Gadget(mark.toString()))))) {
            in.setObjectInputFilter(info -> ObjectInputFilter.Status.ALLOWED);
            in.readObject();
        }
        assertTrue(Files.exists(mark));
    }

    @Test
    void insideTheGuardJavaDeserialisationIsRefused() throws Exception {
        Path mark = dir.resolve("guarded");
        byte[] gadget = Crafted.serialised(new Gadget(mark.toString()));

        assertTrue(DeserializationGuard.active(), "the filter factory could not be installed");
        assertThrows(InvalidClassException.class, () -> DeserializationGuard.refuseJavaObjects(() -> {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(gadget))) {
                return in.readObject();
            }
        }));
        assertFalse(Files.exists(mark));
    }

    @Test
    void theBundlesOwnDl4jConfigurationIsNeverParsed() throws Exception {
        Map<String, byte[]> model = realModel();
        model.put("configuration.json", "{\"@class\": \"org.example.Evil\", \"x\": [".getBytes(StandardCharsets.UTF_8));
        Path bundle = Crafted.write(dir.resolve("odd-config.whisker-model.zip"),
                Crafted.withModel(tiny.bundle(), Crafted.zip(model)));

        float[][] original = Bundles.load(tiny.bundle()).predictor().model().predictFiles(tiny.images());
        float[][] rebuilt = Bundles.load(bundle).predictor().model().predictFiles(tiny.images());

        for (int i = 0; i < original.length; i++) {
            assertArrayEquals(original[i], rebuilt[i]);
        }
    }

    @Test
    void parametersThatDoNotFitTheCardsArchitectureAreRefused() throws Exception {
        Map<String, byte[]> model = realModel();
        model.put("coefficients.bin", new byte[64]);
        Path bundle = Crafted.write(dir.resolve("small.whisker-model.zip"),
                Crafted.withModel(tiny.bundle(), Crafted.zip(model)));

        BundleRefused refused = assertThrows(BundleRefused.class, () -> Bundles.load(bundle));
        assertTrue(refused.getMessage().contains("coefficients.bin"), refused.getMessage());
    }

    @Test
    void aModelChangedAfterExportIsRefused() throws Exception {
        Map<String, byte[]> parts = Crafted.entries(tiny.bundle());
        Map<String, byte[]> model = realModel();
        model.remove("configuration.json");
        model.put("configuration.json", "{}".getBytes(StandardCharsets.UTF_8));
        parts.put(BundleFormat.MODEL, Crafted.zip(model));
        Path bundle = Crafted.write(dir.resolve("changed.whisker-model.zip"), parts);

        BundleRefused refused = assertThrows(BundleRefused.class, () -> Bundles.load(bundle));
        assertTrue(refused.getMessage().contains("SHA-256"), refused.getMessage());
    }
}
