package org.whiskerstudio.deploy.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.deploy.BundleFormat;
import org.whiskerstudio.deploy.BundleRefused;
import org.whiskerstudio.deploy.onnx.OnnxBundles;
import org.whiskerstudio.fuzz.CleanRefusal;
import org.whiskerstudio.fuzz.Edit;
import org.whiskerstudio.fuzz.Fuzz;
import org.whiskerstudio.project.ProjectStore;

/**
 * Fuzzing of model bundles, files from strangers that reach DL4J and ONNX Runtime: a bundle with {@code model.onnx}
 * exported from a trained run, mutated as a whole zip, in its card's JSON, in its model zip's bytes or entries, or in
 * its ONNX bytes, the card's hashes fixed up after a model edit so the edit reaches the engine rather than the hash
 * check. Each case must load (both engines, each answering one probability per class) or be a {@link BundleRefused}
 * with a message, in time, and leave no temporary file behind.
 */
@Tag("engine")
class BundleFuzzTest {
    private static final List<Class<? extends Exception>> REFUSALS = List.of(BundleRefused.class);
    private static Map<String, byte[]> valid;

    @TempDir
    Path temp;

    @BeforeAll
    static void exportABundleWithOnnx(@TempDir Path dir) throws IOException {
        TinyModel.Trained tiny = TinyModel.get();
        Path bundle = dir.resolve("tiny" + BundleFormat.SUFFIX);
        try (ProjectStore store = tiny.open()) {
            Bundles.export(store, tiny.runId(), bundle, true, Progress.NONE);
        }
        valid = entries(Files.readAllBytes(bundle));
    }

    /** What a case broke, which engines can tell, and the bundle's bytes. */
    private record Case(String part, boolean dl4j, boolean onnx, byte[] bundle) {
    }

    @Test
    void theUneditedBundleLoadsInBothEngines() throws IOException {
        assertEquals("unedited: loaded", load(new Case("unedited", true, true, zip(valid))));
    }

    @Test
    void bundles() throws IOException {
        Set<Path> before = temporaryFiles();
        Fuzz.run("model bundle", (i, random, edits) -> load(mutated(random, edits)));
        Set<Path> left = temporaryFiles();
        left.removeAll(before);
        assertEquals(Set.of(), left, "every unpacked or rebuilt model file is deleted");
    }

    /**
     * One of five ways to break a bundle, chosen by the case's random source. An edit of one engine's model is
     * loaded by that engine only: the other's path does not read it (and skipping it halves verify's time).
     */
    private static Case mutated(Random random, List<Edit> edits) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        switch (random.nextInt(5)) {
            case 0 -> {
                return new Case("zip", true, true, Edit.applyAll(zip(valid), edits));
            }
            case 1 -> {
                entries.put(BundleFormat.CARD, Edit.applyAll(valid.get(BundleFormat.CARD), edits));
                return new Case("card", true, true, zip(entries));
            }
            case 2 -> {
                replaceModel(entries, BundleFormat.MODEL, Edit.applyAll(valid.get(BundleFormat.MODEL), edits));
                return new Case("model zip", true, false, zip(entries));
            }
            case 3 -> {
                Map<String, byte[]> model = entries(valid.get(BundleFormat.MODEL));
                String name = List.copyOf(model.keySet()).get(random.nextInt(model.size()));
                model.put(name, Edit.applyAll(model.get(name), edits));
                replaceModel(entries, BundleFormat.MODEL, zip(model));
                return new Case("model entry", true, false, zip(entries));
            }
            default -> {
                replaceModel(entries, BundleFormat.ONNX, Edit.applyAll(valid.get(BundleFormat.ONNX), edits));
                return new Case("onnx", false, true, zip(entries));
            }
        }
    }

    /** Puts a changed model entry in and makes the card name its hash, as someone tampering with care would. */
    private static void replaceModel(Map<String, byte[]> entries, String name, byte[] content) {
        String card = new String(entries.get(BundleFormat.CARD), StandardCharsets.UTF_8);
        String oldSha = Hashes.sha256Hex(entries.get(name));
        entries.put(BundleFormat.CARD, card.replace(oldSha, Hashes.sha256Hex(content)).getBytes(StandardCharsets.UTF_8));
        entries.put(name, content);
    }

    /** "card: loaded" when the engines that read the edit took the bundle, "card: refused" when they refused it. */
    private String load(Case c) throws IOException {
        Path file = temp.resolve("case" + BundleFormat.SUFFIX);
        Files.write(file, c.bundle());
        List<Boolean> loaded = new ArrayList<>();
        if (c.dl4j()) {
            loaded.add(CleanRefusal.check(() -> Bundles.load(file), REFUSALS));
        }
        if (c.onnx()) {
            loaded.add(CleanRefusal.check(() -> {
                try (OnnxBundles.Loaded model = OnnxBundles.load(file)) {
                    return model.card();
                }
            }, REFUSALS));
        }
        String outcome = !loaded.contains(false) ? "loaded" : !loaded.contains(true) ? "refused" : "loaded by one engine";
        return c.part() + ": " + outcome;
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The files bundle reading makes in the system's temporary folder. */
    private static Set<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return new HashSet<>(files.filter(p -> p.getFileName().toString().matches("whisker-(bundle|model)-.*"))
                    .toList());
        }
    }
}
