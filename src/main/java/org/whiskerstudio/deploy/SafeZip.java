package org.whiskerstudio.deploy;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads an untrusted zip: only the named entries, each at most once, no folders, no absolute or {@code ..} paths,
 * and sizes counted on the bytes actually inflated (headers can lie), per entry and in total. Entries are read
 * through {@link ZipFile}'s central directory, as DL4J reads a model zip, so what is checked is what is read.
 */
public final class SafeZip {
    /** Allowed entry names with their size limits in bytes, and a limit for all entries together. */
    public record Rules(Map<String, Long> limits, long total) {
        public Rules {
            limits = Map.copyOf(limits);
        }
    }

    /** Receives each entry's bounded stream; what it leaves unread is still read and counted. */
    @FunctionalInterface
    public interface EntryReader {
        void read(String name, InputStream content) throws IOException;
    }

    private SafeZip() {
    }

    /** @throws BundleRefused naming {@code label} and the entry that broke a rule */
    public static void read(Path zip, String label, Rules rules, EntryReader reader) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new BundleRefused(label + " is not a file.");
        }
        if (Files.size(zip) > rules.total()) {
            throw new BundleRefused(label + " is " + Files.size(zip) + " bytes, more than the limit of " + rules.total()
                    + "; it was not opened.");
        }
        Set<String> seen = new HashSet<>();
        long[] total = {0};
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                checkName(label, name, rules);
                if (!seen.add(name)) {
                    throw new BundleRefused(label + " holds \"" + name + "\" twice; it was not opened.");
                }
                long limit = rules.limits().get(name);
                try (InputStream in = new Bounded(file.getInputStream(entry), label, name, limit, total, rules.total())) {
                    reader.read(name, in);
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (ZipException | EOFException e) {
            // An entry's compressed data cut short ends the inflater with an EOFException, not a ZipException.
            throw new BundleRefused(label + " is not a readable zip file: " + e.getMessage(), e);
        }
    }

    private static void checkName(String label, String name, Rules rules) throws BundleRefused {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || ("/" + n + "/").contains("/../")) {
            throw new BundleRefused(label + " holds \"" + name + "\", a path that escapes the bundle; it was not opened.");
        }
        if (name.endsWith("/")) {
            throw new BundleRefused(label + " holds a folder \"" + name + "\"; a bundle has none. It was not opened.");
        }
        if (!rules.limits().containsKey(name)) {
            throw new BundleRefused(label + " holds \"" + name + "\", which does not belong in it (expected only "
                    + String.join(", ", rules.limits().keySet().stream().sorted().toList()) + "); it was not opened.");
        }
    }

    /** Counts inflated bytes and refuses the entry once it passes its limit or the zip's. */
    private static final class Bounded extends FilterInputStream {
        private final String label;
        private final String name;
        private final long limit;
        private final long[] total;
        private final long totalLimit;
        private long count;

        Bounded(InputStream in, String label, String name, long limit, long[] total, long totalLimit) {
            super(in);
            this.label = label;
            this.name = name;
            this.limit = limit;
            this.total = total;
            this.totalLimit = totalLimit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
        }

        private void count(int n) throws BundleRefused {
            count += n;
            total[0] += n;
            if (count > limit) {
                throw new BundleRefused(label + ": \"" + name + "\" unpacks to more than its limit of " + limit
                        + " bytes (a zip bomb?); it was not opened.");
            }
            if (total[0] > totalLimit) {
                throw new BundleRefused(label + " unpacks to more than its limit of " + totalLimit
                        + " bytes in all (a zip bomb?); it was not opened.");
            }
        }
    }
}
