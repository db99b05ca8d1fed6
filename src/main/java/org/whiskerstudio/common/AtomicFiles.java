package org.whiskerstudio.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader (or a process killed mid-write) sees either the old file or the whole new one. A write
 * that fills the disk ends in a {@link DiskFullException} naming the file, with the temporary file removed.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface StreamWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, StreamWriter writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + HexFormat.of().toHexDigits(
                ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            // Not Files.createTempFile: it makes the file readable by its owner only, and the move keeps that, so
            // exported bundles and reports were 0600. A plain create gets the usual 0666 less the umask.
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writer.writeTo(out);
            }
            keepPermissionsOf(target, tmp);
            moveIntoPlace(tmp, target);
        } catch (IOException e) {
            throw DiskFullException.naming(target, e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A file rewritten keeps the permissions someone gave it (a settings file made private stays private). */
    private static void keepPermissionsOf(Path target, Path tmp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (old == null || !Files.exists(target)) {
            return;
        }
        Set<PosixFilePermission> permissions = old.readAttributes().permissions();
        Files.getFileAttributeView(tmp, PosixFileAttributeView.class).setPermissions(permissions);
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
