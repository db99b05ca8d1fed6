package org.whiskerstudio.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a model zip before DL4J opens it. DL4J Java-deserializes a {@code preprocessor.bin} entry and may instantiate
 * classes named in a {@code normalizer.bin}, so a crafted zip can run code; only the entries that
 * {@code ModelSerializer.writeModel(net, file, saveUpdater)} writes are let through.
 */
public final class ModelZips {
    static final Set<String> ALLOWED = Set.of("configuration.json", "coefficients.bin", "updaterState.bin");
    private static final Set<String> REQUIRED = Set.of("configuration.json", "coefficients.bin");

    private ModelZips() {
    }

    /** @throws IOException naming the file and the entry that is not a plain model's */
    public static void requireModelOnly(Path zip) throws IOException {
        requireModelOnly(zip, zip.toString());
    }

    /**
     * The same for a zip known to the person as {@code shownAs} (a network inside an agent bundle, unpacked to a
     * scratch file), which the messages name.
     */
    public static void requireModelOnly(Path zip, String shownAs) throws IOException {
        Set<String> seen = new HashSet<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (!ALLOWED.contains(name)) {
                    throw new IOException(shownAs + " is not a plain model file: it holds \"" + name
                            + "\", which could run code when loaded; it was not opened.");
                }
                if (!seen.add(name)) {
                    throw new IOException(shownAs + " holds \"" + name + "\" twice; it was not opened.");
                }
            }
        } catch (ZipException e) {
            throw new IOException(shownAs + " is not a readable model file: " + e.getMessage(), e);
        }
        for (String name : REQUIRED) {
            if (!seen.contains(name)) {
                throw new IOException(shownAs + " is not a model file: it has no \"" + name + "\".");
            }
        }
    }
}
