package org.whiskerstudio.deploy.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Detector;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.deploy.BundleFormat;
import org.whiskerstudio.deploy.BundleOptions;
import org.whiskerstudio.deploy.BundleRefused;
import org.whiskerstudio.deploy.Engine;
import org.whiskerstudio.deploy.ExportedBundle;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.deploy.Prediction;
import org.whiskerstudio.deploy.ReadyBundle;
import org.whiskerstudio.detection.BoxFinder;
import org.whiskerstudio.detection.DetectionFixture;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.project.ProjectStore;

/** A detector run as a bundle: its anchors and thresholds on the card, loaded back as a box finder; tampering refused. */
@Tag("engine")
class DetectorBundleTest {
    private static final DetectionSettings MOVED = new DetectionSettings(0.05, 0.5);
    private final TinyDetector.Trained tiny = TinyDetector.get();
    @TempDir
    Path temp;

    private ExportedBundle export(Path bundle, BundleOptions options) throws IOException {
        try (ProjectStore store = tiny.open()) {
            return Bundles.export(store, tiny.runId(), bundle, options, Progress.NONE);
        }
    }

    @Test
    void aDetectorsBundleCarriesItsAnchorsAndThresholdsAndLoadsAsABoxFinder() throws Exception {
        Path bundle = temp.resolve("boxes.whisker-model.zip");
        ExportedBundle done = export(bundle, new BundleOptions(true, Optional.of(MOVED)));

        assertEquals(Optional.of(Bundles.NO_DETECTOR_ONNX), done.onnxLeftOut(), "asked for ONNX, told why not");
        Detector architecture = Detector.of(DetectionFixture.tinyDetector().network()).orElseThrow();
        ModelCard.DetectorEntry entry = done.card().detector().orElseThrow();
        assertEquals(new ModelCard.DetectorEntry(32, 4, architecture.anchors(), MOVED), entry);
        assertEquals(Optional.empty(), done.card().test(), "class accuracy is not a detector's figure");
        Bundles.Loaded loaded = Bundles.load(bundle);
        assertEquals(entry, loaded.card().detector().orElseThrow(), "anchors and thresholds survive the round trip");
        assertTrue(loaded.card().onnx().isEmpty());
        BoxFinder finder = loaded.boxFinder().orElseThrow();
        assertEquals(List.of("square", "bar"), finder.classes());
        assertTrue(finder.find(tiny.picture()).stream().allMatch(d -> d.score() >= MOVED.confidence()
                && d.box().x2() <= DetectionFixture.WIDTH + 1e-6 && d.box().y2() <= DetectionFixture.HEIGHT + 1e-6));
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            assertEquals(null, zip.getEntry(BundleFormat.ONNX));
            String markdown = new String(zip.getInputStream(zip.getEntry(BundleFormat.CARD_MARKDOWN)).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(markdown.contains("## Detector") && markdown.contains("1 x 1, 1.75 x 0.5")
                    && markdown.contains("at least 0.05") && markdown.contains("IoU 0.50"), markdown);
        }
        try (ReadyBundle ready = Engines.load(bundle, Engine.AUTO)) {
            assertEquals(Engine.DL4J, ready.engine(), "no model.onnx: DL4J answers");
            Prediction p = ready.predictor().predict(tiny.picture(), 5);
            assertEquals(DetectionFixture.WIDTH, p.boxes().orElseThrow().width());
            assertEquals(finder.find(tiny.picture()), p.boxes().get().boxes(), "the same boxes by either path");
        }
        BundleRefused onnx = assertThrows(BundleRefused.class, () -> Engines.load(bundle, Engine.ONNX));
        assertTrue(onnx.getMessage().contains("is a detector's bundle"), onnx.getMessage());
    }

    @Test
    void withoutMovedThresholdsTheBundleTakesTheRunsOwn() throws Exception {
        ExportedBundle done = export(temp.resolve("own.whisker-model.zip"), BundleOptions.PLAIN);
        assertEquals(DetectionSettings.DEFAULTS, done.card().detector().orElseThrow().thresholds());
        assertEquals(Optional.empty(), done.onnxLeftOut());
    }

    @Test
    void aTamperedModelZipIsRefusedNamingTheFile() throws Exception {
        Path bundle = temp.resolve("boxes.whisker-model.zip");
        export(bundle, BundleOptions.PLAIN);
        Map<String, byte[]> entries = entries(bundle);
        // A model zip with an entry DL4J would Java-deserialize, and a card whose hash matches it.
        byte[] model = withEntry(entries.get(BundleFormat.MODEL), "preprocessor.bin", new byte[] {1, 2, 3});
        ModelCard card = Bundles.load(bundle).card();
        ModelCard forged = new ModelCard(card.formatVersion(), card.name(), card.created(), card.classes(),
                card.input(), card.preprocessing(), card.layout(), card.normalisation(), card.architectureJson(),
                card.trainingConfigJson(), card.test(), card.provenance(), sha256(model), card.onnx(), card.anomaly(),
                card.detector());
        Path tampered = temp.resolve("tampered.whisker-model.zip");
        Path modelFile = Files.write(temp.resolve("model.zip"), model);
        BundleFormat.write(tampered, forged, modelFile);

        BundleRefused refused = assertThrows(BundleRefused.class, () -> Bundles.load(tampered));
        assertTrue(refused.getMessage().startsWith("tampered.whisker-model.zip!model.zip")
                && refused.getMessage().contains("preprocessor.bin"), refused.getMessage());
    }

    @Test
    void aCardWhoseAnchorsAreNotTheArchitecturesIsRefused() throws Exception {
        Path bundle = temp.resolve("boxes.whisker-model.zip");
        export(bundle, BundleOptions.PLAIN);
        Map<String, byte[]> entries = entries(bundle);
        JsonNode card = Json.mapper().readTree(entries.get(BundleFormat.CARD));
        ObjectNode first = (ObjectNode) card.path("detector").path("anchors").get(0);
        assertEquals(1.0, first.path("width").asDouble(), "the card lists the anchors");
        first.put("width", 1.5);
        entries.put(BundleFormat.CARD, Json.mapper().writeValueAsBytes(card));
        Path forged = temp.resolve("forged.whisker-model.zip");
        write(forged, entries);

        BundleRefused refused = assertThrows(BundleRefused.class, () -> BundleFormat.open(forged));
        assertTrue(refused.getMessage().startsWith("forged.whisker-model.zip!model-card.json")
                && refused.getMessage().contains("is not the architecture's"), refused.getMessage());
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(file.entries())) {
                out.put(e.getName(), file.getInputStream(e).readAllBytes());
            }
        }
        return out;
    }

    private static void write(Path zip, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
    }

    private static byte[] withEntry(byte[] zip, String name, byte[] content) throws IOException {
        Path in = Files.createTempFile("model", ".zip");
        try {
            Files.write(in, zip);
            Map<String, byte[]> entries = entries(in);
            entries.put(name, content);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    z.putNextEntry(new ZipEntry(e.getKey()));
                    z.write(e.getValue());
                    z.closeEntry();
                }
            }
            return bytes.toByteArray();
        } finally {
            Files.delete(in);
        }
    }

    private static String sha256(byte[] content) throws IOException {
        Path f = Files.createTempFile("model", ".zip");
        try {
            Files.write(f, content);
            return BundleFormat.sha256(f);
        } finally {
            Files.delete(f);
        }
    }
}
