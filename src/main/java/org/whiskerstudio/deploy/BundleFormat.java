package org.whiskerstudio.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.whiskerstudio.common.AtomicFiles;

/**
 * A model bundle is one zip file, {@code NAME.whisker-model.zip}, holding {@code model-card.json},
 * {@code MODEL_CARD.md} and {@code model.zip} (DL4J's, without updater state). One file because it is what people
 * mail, upload and keep: it is written atomically and either arrives whole or not at all. Reading trusts nothing
 * (see {@link SafeZip}); the model zip is unpacked to a temporary file that the {@link Opened} deletes.
 */
public final class BundleFormat {
    public static final String SUFFIX = ".whisker-model.zip";
    public static final String CARD = "model-card.json";
    public static final String CARD_MARKDOWN = "MODEL_CARD.md";
    public static final String MODEL = "model.zip";

    /** Per-entry limits on inflated bytes. */
    public record Limits(long card, long markdown, long model) {
        /** Generous for anything the studio trains on a desktop (a VGG-style model is tens of MB). */
        public static final Limits DEFAULT = new Limits(4L << 20, 4L << 20, 1L << 30);

        SafeZip.Rules rules() {
            return new SafeZip.Rules(Map.of(CARD, card, CARD_MARKDOWN, markdown, MODEL, model), card + markdown + model);
        }
    }

    /** A bundle's card and its model zip unpacked to a temporary file (deleted on close). */
    public record Opened(ModelCard card, Path modelZip) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            Files.deleteIfExists(modelZip);
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
        String[] modelSha = {null};
        try {
            SafeZip.read(bundle, label, limits.rules(), (name, in) -> {
                switch (name) {
                    case CARD -> in.transferTo(cardBytes);
                    case MODEL -> modelSha[0] = copyHashing(in, model);
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
            return new Opened(card, model);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(model);
            throw e;
        }
    }

    /** Writes the bundle to a temporary file beside {@code target} and moves it into place. */
    public static void write(Path target, ModelCard card, Path modelZip) throws IOException {
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            put(zip, CARD, ModelCardJson.write(card).getBytes(StandardCharsets.UTF_8));
            put(zip, CARD_MARKDOWN, ModelCardMarkdown.render(card).getBytes(StandardCharsets.UTF_8));
            put(zip, MODEL, Files.readAllBytes(modelZip));
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

    private static String copyHashing(java.io.InputStream in, Path to) throws IOException {
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
