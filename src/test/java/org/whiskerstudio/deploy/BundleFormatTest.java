package org.whiskerstudio.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.training.AnomalyScore;

/** The bundle zip is read defensively: every refusal names the file and the problem. */
class BundleFormatTest {
    @TempDir
    Path dir;

    private final byte[] model = "not really a model".getBytes(StandardCharsets.UTF_8);

    private Map<String, byte[]> valid() throws Exception {
        ModelCard card = Cards.sample();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(model));
        ModelCard matching = new ModelCard(card.formatVersion(), card.name(), card.created(), card.classes(), card.input(),
                card.preprocessing(), card.layout(), card.normalisation(), card.architectureJson(),
                card.trainingConfigJson(), card.test(), card.provenance(), sha);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(BundleFormat.CARD, ModelCardJson.write(matching).getBytes(StandardCharsets.UTF_8));
        entries.put(BundleFormat.CARD_MARKDOWN, "# card".getBytes(StandardCharsets.UTF_8));
        entries.put(BundleFormat.MODEL, model);
        return entries;
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private String refusal(Path bundle) {
        return assertThrows(BundleRefused.class, () -> BundleFormat.open(bundle).close()).getMessage();
    }

    @Test
    void aWellFormedBundleOpensWithItsModelUnpacked() throws Exception {
        try (BundleFormat.Opened opened = BundleFormat.open(zip("ok.whisker-model.zip", valid()))) {
            assertEquals(3, opened.card().classes().size());
            assertEquals("not really a model", Files.readString(opened.modelZip()));
        }
    }

    private Map<String, byte[]> withOnnx(byte[] onnx, byte[] described) throws Exception {
        Map<String, byte[]> entries = valid();
        ModelCard card = ModelCardJson.read(new String(entries.get(BundleFormat.CARD), StandardCharsets.UTF_8), "card")
                .withOnnx(new ModelCard.OnnxEntry(new OnnxParity(200, 200, 3e-8, "200 test examples"), sha(described)));
        entries.put(BundleFormat.CARD, ModelCardJson.write(card).getBytes(StandardCharsets.UTF_8));
        entries.put(BundleFormat.ONNX, onnx);
        return entries;
    }

    private static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aBundleWithOnnxOpensWithItUnpackedAndItsParityOnTheCard() throws Exception {
        byte[] onnx = "onnx bytes".getBytes(StandardCharsets.UTF_8);
        try (BundleFormat.Opened opened = BundleFormat.open(zip("ok.whisker-model.zip", withOnnx(onnx, onnx)))) {
            assertEquals("onnx bytes", Files.readString(opened.onnx().orElseThrow()));
            assertEquals("ONNX parity: 200/200, max difference 3e-8", opened.card().onnx().orElseThrow().parity().line());
        }
    }

    @Test
    void aBundleWithoutOnnxOpensWithNone() throws Exception {
        try (BundleFormat.Opened opened = BundleFormat.open(zip("ok.whisker-model.zip", valid()))) {
            assertTrue(opened.onnx().isEmpty());
            assertTrue(opened.card().onnx().isEmpty());
        }
    }

    @Test
    void anOnnxModelChangedAfterExportIsRefused() throws Exception {
        Path bundle = zip("swapped.whisker-model.zip", withOnnx("evil".getBytes(StandardCharsets.UTF_8),
                "onnx bytes".getBytes(StandardCharsets.UTF_8)));

        assertTrue(refusal(bundle).contains("model.onnx is not the model its card describes"), refusal(bundle));
    }

    @Test
    void anOnnxEntryTheCardDoesNotDescribeIsRefused() throws Exception {
        Map<String, byte[]> entries = valid();
        entries.put(BundleFormat.ONNX, "onnx".getBytes(StandardCharsets.UTF_8));

        assertTrue(refusal(zip("extra.whisker-model.zip", entries)).contains("holds model.onnx but its card does not"));
    }

    @Test
    void aCardDescribingOnnxWithoutTheEntryIsRefused() throws Exception {
        Map<String, byte[]> entries = withOnnx(new byte[1], new byte[1]);
        entries.remove(BundleFormat.ONNX);

        assertTrue(refusal(zip("missing.whisker-model.zip", entries)).contains("describes model.onnx but the bundle"));
    }

    @Test
    void aCardWithFailedParityFiguresIsRefused() throws Exception {
        Map<String, byte[]> entries = withOnnx(new byte[1], new byte[1]);
        entries.put(BundleFormat.CARD, new String(entries.get(BundleFormat.CARD), StandardCharsets.UTF_8)
                .replace("\"agreed\" : 200", "\"agreed\" : 150").getBytes(StandardCharsets.UTF_8));

        assertTrue(refusal(zip("forged.whisker-model.zip", entries)).contains("not a passed parity check"));
    }

    @Test
    void anEntryEscapingTheFolderIsRefused() throws Exception {
        Map<String, byte[]> entries = valid();
        entries.put("../../.bashrc", "echo pwned".getBytes(StandardCharsets.UTF_8));

        String message = refusal(zip("escape.whisker-model.zip", entries));

        assertTrue(message.contains("escape.whisker-model.zip") && message.contains("escapes the bundle"), message);
        assertFalse(Files.exists(dir.getParent().getParent().resolve(".bashrc")));
    }

    @Test
    void anAbsolutePathIsRefused() throws Exception {
        Map<String, byte[]> entries = valid();
        entries.put("/etc/cron.d/x", new byte[1]);

        assertTrue(refusal(zip("abs.whisker-model.zip", entries)).contains("escapes the bundle"));
    }

    @Test
    void anUnknownEntryIsRefusedNamingIt() throws Exception {
        Map<String, byte[]> entries = valid();
        entries.put("Exploit.class", new byte[] {(byte) 0xCA, (byte) 0xFE});

        String message = refusal(zip("extra.whisker-model.zip", entries));

        assertTrue(message.contains("\"Exploit.class\"") && message.contains("does not belong"), message);
    }

    @Test
    void aCompressedBombIsRefusedOnTheBytesActuallyUnpacked() throws Exception {
        Map<String, byte[]> entries = valid();
        // 64 MB of zeros compress to about 64 KB; the card's limit is 4 MB.
        entries.put(BundleFormat.CARD, new byte[64 << 20]);
        Path bomb = zip("bomb.whisker-model.zip", entries);
        assertTrue(Files.size(bomb) < 1 << 20);

        String message = refusal(bomb);

        assertTrue(message.contains("model-card.json") && message.contains("zip bomb"), message);
    }

    @Test
    void aModelOverItsLimitIsRefused() throws Exception {
        Path bundle = zip("big.whisker-model.zip", valid());

        BundleRefused refused = assertThrows(BundleRefused.class,
                () -> BundleFormat.open(bundle, new BundleFormat.Limits(1 << 20, 1 << 20, 8)).close());
        assertTrue(refused.getMessage().contains("\"model.zip\" unpacks to more than its limit of 8 bytes"),
                refused.getMessage());
    }

    @Test
    void aDuplicatedEntryIsRefused() throws Exception {
        Map<String, byte[]> entries = valid();
        entries.put("model-card.jsoX", entries.get(BundleFormat.CARD));
        Path bundle = zip("twice.whisker-model.zip", entries);
        // ZipOutputStream will not write a name twice: rename the extra entry in place (same length, same CRC).
        byte[] bytes = Files.readAllBytes(bundle);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1).replace("model-card.jsoX", "model-card.json");
        Files.write(bundle, latin.getBytes(StandardCharsets.ISO_8859_1));

        assertTrue(refusal(bundle).contains("\"model-card.json\" twice"));
    }

    @Test
    void damagedCardJsonIsRefusedNamingTheEntry() throws Exception {
        Map<String, byte[]> entries = valid();
        entries.put(BundleFormat.CARD, "{\"format\": \"whisker-model-card\", \"classes\": [".getBytes(StandardCharsets.UTF_8));

        String message = refusal(zip("damaged.whisker-model.zip", entries));

        assertTrue(message.startsWith("damaged.whisker-model.zip!model-card.json is not valid JSON"), message);
    }

    @Test
    void aZipWithoutACardIsNotABundle() throws Exception {
        Map<String, byte[]> entries = valid();
        entries.remove(BundleFormat.CARD);

        assertTrue(refusal(zip("nocard.whisker-model.zip", entries)).contains("has no model-card.json"));
    }

    @Test
    void aFileThatIsNoZipIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.whisker-model.zip"), "hello");

        assertTrue(refusal(text).contains("not a readable zip"));
    }

    /** Found by the nightly fuzz run: the inflater's EOFException escaped as an unexpected error. */
    @Test
    void anEntryWhoseCompressedDataEndsEarlyIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(zip("cut.whisker-model.zip", valid()));
        byte[] name = BundleFormat.MODEL.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 + name.length <= bytes.length; i++) {
            boolean central = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2;
            if (central && java.util.Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
                bytes[i + 20] = 3; // the compressed size: 3 bytes, fewer than the deflated model takes
                bytes[i + 21] = 0;
            }
        }
        Path cut = Files.write(dir.resolve("cut.whisker-model.zip"), bytes);

        assertTrue(refusal(cut).startsWith("cut.whisker-model.zip is not a readable zip file"), refusal(cut));
    }

    @Test
    void writingLeavesNoTemporaryFileBehind() throws Exception {
        Path modelFile = Files.write(dir.resolve("m.zip"), model);
        Path target = dir.resolve("out").resolve("x.whisker-model.zip");

        BundleFormat.write(target, Cards.sample(), modelFile);

        try (var files = Files.list(target.getParent())) {
            assertEquals(1, files.count());
        }
    }

    /** An autoencoder's bundle (the model bytes' hash on its card) holding {@code codes}, its card describing
     * {@code described}. */
    private Map<String, byte[]> withCodes(byte[] codes, byte[] described) throws Exception {
        ModelCard ae = Cards.autoencoder();
        ModelCard.AnomalyEntry anomaly = ae.anomaly().orElseThrow();
        ModelCard card = new ModelCard(ModelCard.FORMAT_VERSION, ae.name(), ae.created(), ae.classes(), ae.input(),
                ae.preprocessing(), ae.layout(), ae.normalisation(), ae.architectureJson(), ae.trainingConfigJson(),
                Optional.empty(), ae.provenance(), sha(model)).withAnomaly(new ModelCard.AnomalyEntry(
                anomaly.threshold(), anomaly.thresholdSource(), anomaly.normalClass(),
                Optional.of(new ModelCard.NormalCodesEntry(2, 3, sha(described)))));
        Map<String, byte[]> entries = valid();
        entries.put(BundleFormat.CARD, ModelCardJson.write(card).getBytes(StandardCharsets.UTF_8));
        entries.put(BundleFormat.NORMAL_CODES, codes);
        return entries;
    }

    @Test
    void anAutoencodersBundleOpensWithItsNormalCodesUnpacked() throws Exception {
        byte[] codes = "codes".getBytes(StandardCharsets.UTF_8);
        try (BundleFormat.Opened opened = BundleFormat.open(zip("ae.whisker-model.zip", withCodes(codes, codes)))) {
            assertEquals("codes", Files.readString(opened.normalCodes().orElseThrow()));
            assertEquals(AnomalyScore.CODE_DISTANCE, opened.card().anomaly().orElseThrow().score());
        }
    }

    @Test
    void normalCodesChangedAfterExportAreRefused() throws Exception {
        Path bundle = zip("swapped.whisker-model.zip", withCodes("evil".getBytes(StandardCharsets.UTF_8),
                "codes".getBytes(StandardCharsets.UTF_8)));

        assertTrue(refusal(bundle).contains("normal-codes.bin is not the codes its card describes"), refusal(bundle));
    }

    @Test
    void normalCodesTheCardDoesNotDescribeAndACardDescribingMissingCodesAreRefused() throws Exception {
        Map<String, byte[]> extra = valid();
        extra.put(BundleFormat.NORMAL_CODES, new byte[8]);
        Map<String, byte[]> missing = withCodes(new byte[1], new byte[1]);
        missing.remove(BundleFormat.NORMAL_CODES);

        assertTrue(refusal(zip("extra.whisker-model.zip", extra)).contains("holds normal-codes.bin but its card does "
                + "not describe it"));
        assertTrue(refusal(zip("missing.whisker-model.zip", missing)).contains("describes normal-codes.bin but the "
                + "bundle has none"));
    }
}
