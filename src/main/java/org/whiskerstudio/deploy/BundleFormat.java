package org.whiskerstudio.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.evaluation.NormalCodes;

/**
 * A model bundle is one zip file, {@code NAME.whisker-model.zip}, holding {@code model-card.json},
 * {@code MODEL_CARD.md} and {@code model.zip} (DL4J's, without updater state), optionally {@code model.onnx}, and an
 * autoencoder's {@code normal-codes.bin} (since the code distance). One file because it is what people
 * mail, upload and keep: it is written atomically and either arrives whole or not at all. Reading trusts nothing
 * (see {@link SafeZip}); the model zip is unpacked to a temporary file that the {@link Opened} deletes.
 */
public final class BundleFormat {
    public static final String SUFFIX = ".whisker-model.zip";
    public static final String CARD = "model-card.json";
    public static final String CARD_MARKDOWN = "MODEL_CARD.md";
    public static final String MODEL = "model.zip";
    /** Optional: the model as ONNX, written only after a passed parity check (the card holds its figures). */
    public static final String ONNX = "model.onnx";
    /** An autoencoder's reference codes ({@link NormalCodes}), which its code-distance score compares with. */
    public static final String NORMAL_CODES = NormalCodes.FILE;
    /** The codes' own cap and room for their header. */
    private static final long CODES_LIMIT = NormalCodes.MAX_BYTES + 4096;

    /** Per-entry limits on inflated bytes. */
    public record Limits(long card, long markdown, long model) {
        /** Generous for anything the studio trains on a desktop (a VGG-style model is tens of MB). */
        public static final Limits DEFAULT = new Limits(4L << 20, 4L << 20, 1L << 30);

        /** {@code model.onnx} holds the same weights as {@code model.zip}: the same limit. */
        SafeZip.Rules rules() {
            return new SafeZip.Rules(Map.of(CARD, card, CARD_MARKDOWN, markdown, MODEL, model, ONNX, model,
                    NORMAL_CODES, CODES_LIMIT), card + markdown + 2 * model + CODES_LIMIT);
        }
    }

    /**
     * A bundle's card and its model zip (and {@code model.onnx} and {@code normal-codes.bin}, if any) unpacked to
     * temporary files, deleted on close.
     */
    public record Opened(ModelCard card, Path modelZip, Optional<Path> onnx, Optional<Path> normalCodes)
            implements AutoCloseable {
        @Override
        public void close() throws IOException {
            Files.deleteIfExists(modelZip);
            if (onnx.isPresent()) {
                Files.deleteIfExists(onnx.get());
            }
            if (normalCodes.isPresent()) {
                Files.deleteIfExists(normalCodes.get());
            }
        }
    }

    private BundleFormat() {
    }

    /** The file name for a bundle named {@code name}: letters, digits, '-', '_' and '.' kept, the rest '-'. */
    public static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return (safe.isEmpty() ? "model" : safe) + SUFFIX;
    }

    public static Opened open(Path bundle) throws IOException {
        return open(bundle, Limits.DEFAULT);
    }

    /** @throws BundleRefused naming the file and what is wrong; nothing of it was used */
    public static Opened open(Path bundle, Limits limits) throws IOException {
        String label = bundle.getFileName().toString();
        ByteArrayOutputStream cardBytes = new ByteArrayOutputStream();
        Path model = Files.createTempFile("whisker-bundle-", ".zip");
        Path onnx = Files.createTempFile("whisker-bundle-", ".onnx");
        Path codes = Files.createTempFile("whisker-bundle-", ".codes");
        String[] modelSha = {null};
        String[] onnxSha = {null};
        String[] codesSha = {null};
        try {
            SafeZip.read(bundle, label, limits.rules(), (name, in) -> {
                switch (name) {
                    case CARD -> in.transferTo(cardBytes);
                    case MODEL -> modelSha[0] = copyHashing(in, model);
                    case ONNX -> onnxSha[0] = copyHashing(in, onnx);
                    case NORMAL_CODES -> codesSha[0] = copyHashing(in, codes);
                    default -> { }
                }
            });
            if (cardBytes.size() == 0) {
                throw new BundleRefused(label + " has no " + CARD + "; it is not a Whisker Studio model bundle.");
            }
            if (modelSha[0] == null) {
                throw new BundleRefused(label + " has no " + MODEL + "; it is not a Whisker Studio model bundle.");
            }
            ModelCard card = ModelCardJson.read(cardBytes.toString(StandardCharsets.UTF_8), label + "!" + CARD);
            if (!card.modelSha256().equals(modelSha[0])) {
                throw new BundleRefused(label + ": " + MODEL + " is not the model its card describes (SHA-256 differs); "
                        + "it was changed after export.");
            }
            checkOnnx(label, card, Optional.ofNullable(onnxSha[0]));
            checkCodes(label, card, Optional.ofNullable(codesSha[0]));
            return new Opened(card, model, keptIf(onnxSha[0], onnx), keptIf(codesSha[0], codes));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(model);
            Files.deleteIfExists(onnx);
            Files.deleteIfExists(codes);
            throw e;
        }
    }

    /** The unpacked entry when the bundle had it (its hash is known), else nothing and the empty file gone. */
    private static Optional<Path> keptIf(String sha, Path file) throws IOException {
        if (sha == null) {
            Files.delete(file);
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** {@code normal-codes.bin} is there exactly when the card's anomaly entry describes it, and is the one described. */
    private static void checkCodes(String label, ModelCard card, Optional<String> sha) throws BundleRefused {
        Optional<ModelCard.NormalCodesEntry> described = card.anomaly().flatMap(ModelCard.AnomalyEntry::normalCodes);
        if (sha.isPresent() != described.isPresent()) {
            throw new BundleRefused(label + (sha.isPresent() ? " holds " + NORMAL_CODES + " but its card does not "
                    + "describe it" : "'s card describes " + NORMAL_CODES + " but the bundle has none")
                    + "; it was not opened.");
        }
        if (sha.isPresent() && !sha.get().equals(described.get().sha256())) {
            throw new BundleRefused(label + ": " + NORMAL_CODES + " is not the codes its card describes (SHA-256 "
                    + "differs); it was changed after export.");
        }
    }

    /** {@code model.onnx} is there exactly when the card describes one, and is the one it describes. */
    private static void checkOnnx(String label, ModelCard card, Optional<String> sha) throws BundleRefused {
        if (sha.isPresent() != card.onnx().isPresent()) {
            throw new BundleRefused(label + (sha.isPresent() ? " holds " + ONNX + " but its card does not describe one"
                    : "'s card describes " + ONNX + " but the bundle has none") + "; it was not opened.");
        }
        if (sha.isPresent() && !sha.get().equals(card.onnx().get().sha256())) {
            throw new BundleRefused(label + ": " + ONNX + " is not the model its card describes (SHA-256 differs); "
                    + "it was changed after export.");
        }
    }

    /** Writes the bundle to a temporary file beside {@code target} and moves it into place. */
    public static void write(Path target, ModelCard card, Path modelZip) throws IOException {
        write(target, card, modelZip, Optional.empty());
    }

    /** The same, with {@code model.onnx}; the card must describe it ({@link ModelCard#withOnnx}). */
    public static void write(Path target, ModelCard card, Path modelZip, Optional<Path> onnx) throws IOException {
        write(target, card, modelZip, onnx, Optional.empty());
    }

    /** The same, with an autoencoder's {@code normal-codes.bin}, which its card's anomaly entry must describe. */
    public static void write(Path target, ModelCard card, Path modelZip, Optional<Path> onnx,
                             Optional<Path> normalCodes) throws IOException {
        if (onnx.isPresent() != card.onnx().isPresent()) {
            throw new IllegalArgumentException("the card must describe " + ONNX + " exactly when the bundle holds it");
        }
        if (normalCodes.isPresent() != card.anomaly().flatMap(ModelCard.AnomalyEntry::normalCodes).isPresent()) {
            throw new IllegalArgumentException("the card must describe " + NORMAL_CODES
                    + " exactly when the bundle holds it");
        }
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            put(zip, CARD, ModelCardJson.write(card).getBytes(StandardCharsets.UTF_8));
            put(zip, CARD_MARKDOWN, ModelCardMarkdown.render(card).getBytes(StandardCharsets.UTF_8));
            put(zip, MODEL, Files.readAllBytes(modelZip));
            if (onnx.isPresent()) {
                put(zip, ONNX, Files.readAllBytes(onnx.get()));
            }
            if (normalCodes.isPresent()) {
                put(zip, NORMAL_CODES, Files.readAllBytes(normalCodes.get()));
            }
            zip.finish();
        });
    }

    /** SHA-256 of a file in hex. */
    public static String sha256(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return copyHashing(in, null);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String copyHashing(InputStream in, Path to) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (OutputStream out = new DigestOutputStream(to == null ? OutputStream.nullOutputStream()
                : Files.newOutputStream(to), digest)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
