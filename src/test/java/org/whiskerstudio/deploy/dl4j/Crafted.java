package org.whiskerstudio.deploy.dl4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.security.MessageDigest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.whiskerstudio.deploy.BundleFormat;

/** Hand-made bundles for the refusal tests, built from a real one's parts. */
final class Crafted {
    private Crafted() {
    }

    /** The entries of a zip, in order. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile f = new ZipFile(zip.toFile())) {
            for (ZipEntry e : f.stream().toList()) {
                out.put(e.getName(), f.getInputStream(e).readAllBytes());
            }
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The real bundle's card and Markdown with {@code model} as its model zip, the card's checksum made to match. */
    static Map<String, byte[]> withModel(Path realBundle, byte[] model) throws Exception {
        Map<String, byte[]> parts = entries(realBundle);
        String card = new String(parts.get(BundleFormat.CARD), StandardCharsets.UTF_8);
        String oldSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(parts.get(BundleFormat.MODEL)));
        String newSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(model));
        parts.put(BundleFormat.CARD, card.replace(oldSha, newSha).getBytes(StandardCharsets.UTF_8));
        parts.put(BundleFormat.MODEL, model);
        return parts;
    }

    static Path write(Path file, Map<String, byte[]> entries) throws IOException {
        Files.write(file, zip(entries));
        return file;
    }

    static byte[] serialised(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }
}
