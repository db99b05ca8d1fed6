package org.whiskerstudio.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file could not be written because its disk (or the user's quota) is full, said as a sentence that names the file.
 * Java reports a full disk as a bare "No space left on device" on the stream, and SQLite as "database or disk is
 * full"; neither names the file or says that nothing half-written was kept, which is what a person needs to act.
 */
public final class DiskFullException extends IOException {
    private static final long serialVersionUID = 1L;
    /** How the JDK, the C library and SQLite word a full disk or quota (ENOSPC, EDQUOT, SQLITE_FULL). */
    private static final List<String> SIGNS = List.of("no space left on device", "disk quota exceeded",
            "sqlite_full", "database or disk is full", "not enough space on the disk");

    private final transient Path file;

    private DiskFullException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file that could not be written. */
    public Path file() {
        return file;
    }

    /** {@code failure} as a disk-full refusal naming {@code file} when a full disk caused it; otherwise itself. */
    public static IOException naming(Path file, IOException failure) {
        if (failure instanceof DiskFullException || !isDiskFull(failure)) {
            return failure;
        }
        return new DiskFullException(file, sentence(file), failure);
    }

    /** The same refusal with {@code note} added (what the stopped work kept, say). */
    public DiskFullException withNote(String note) {
        return new DiskFullException(file, getMessage() + " " + note, this);
    }

    /** The sentence for {@code file}: what happened, that nothing half-written was kept, and what to do. */
    public static String sentence(Path file) {
        return "The disk is full: " + file + " could not be written" + free(file) + ". Nothing half-written was kept "
                + "and what was saved before is unchanged; free some space and try again.";
    }

    /** Whether a full disk (or quota) is anywhere in {@code error}'s chain of causes. */
    public static boolean isDiskFull(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof DiskFullException || SIGNS.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence a person reads for {@code error} when a full disk caused it: a {@link DiskFullException}'s own, or
     * a general one when the failure did not say which file; empty when the disk was not full.
     */
    public static Optional<String> explain(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DiskFullException full) {
                return Optional.of(full.getMessage());
            }
            if (t.getMessage() != null && t.getMessage().startsWith("The disk is full")) {
                return Optional.of(t.getMessage());
            }
        }
        return isDiskFull(error) ? Optional.of("The disk is full, so the work stopped before its files were complete. "
                + "Nothing half-written was kept; free some space and try again.") : Optional.empty();
    }

    /** " (12 KB free on that disk)", or nothing when the disk cannot be asked. */
    private static String free(Path file) {
        try {
            Path existing = file.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return "";
            }
            long bytes = Files.getFileStore(existing).getUsableSpace();
            return " (" + (bytes < 1 << 20 ? Math.max(0, bytes >> 10) + " KB" : (bytes >> 20) + " MB")
                    + " free on that disk)";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
