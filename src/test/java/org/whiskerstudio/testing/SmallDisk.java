package org.whiskerstudio.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real small file system for a test: a tmpfs of a few megabytes mounted on a folder of the test's own, so a write
 * meets the same "No space left on device" a full disk gives, and can be remounted read-only. Mounting needs root;
 * where it is refused the test is skipped with the reason ({@link Assumptions}). Always close it (try-with-resources):
 * closing unmounts, even when the test failed.
 */
public final class SmallDisk implements AutoCloseable {
    private static final String FILLER = "filler.bin";
    private final Path root;
    private boolean mounted;

    private SmallDisk(Path root) {
        this.root = root;
    }

    /** Mounts a tmpfs of {@code kilobytes} on {@code folder} (made if missing); skips the test where not allowed. */
    public static SmallDisk mount(Path folder, int kilobytes) throws IOException {
        Files.createDirectories(folder);
        SmallDisk disk = new SmallDisk(folder.toAbsolutePath());
        String why = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", folder.toString()));
        Assumptions.assumeTrue(why.isEmpty(), () -> "a small tmpfs cannot be mounted here (" + why + "); skipped");
        disk.mounted = true;
        return disk;
    }

    public Path root() {
        return root;
    }

    /** Bytes free, as the file system reports them. */
    public long free() throws IOException {
        return Files.getFileStore(root).getUsableSpace();
    }

    /** Fills the disk with a filler file until fewer than {@code bytes} bytes are left (0: completely full). */
    public void fillLeaving(long bytes) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(root.resolve(FILLER), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            while (free() > bytes) {
                out.write(block, 0, (int) Math.min(block.length, Math.max(1, free() - bytes)));
                out.flush();
            }
        } catch (IOException e) {
            if (free() > 0) {
                throw e;
            }
            // Full before the loop saw it: that is what was asked.
        }
    }

    /** Removes the filler: the space it took is free again. */
    public void freeSpace() throws IOException {
        Files.deleteIfExists(root.resolve(FILLER));
    }

    /** Makes the file system read-only (as a read-only USB stick or network share is, even for root). */
    public void remountReadOnly() {
        String why = run(List.of("mount", "-o", "remount,ro", root.toString()));
        if (!why.isEmpty()) {
            throw new IllegalStateException("cannot remount " + root + " read-only: " + why);
        }
    }

    /** Every file on the disk but the filler, relative to its root, to compare before and after a failure. */
    public List<String> files() throws IOException {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .filter(name -> !name.equals(FILLER)).sorted().toList();
        }
    }

    @Override
    public void close() {
        if (mounted) {
            String why = run(List.of("umount", root.toString()));
            if (!why.isEmpty()) {
                // A file still open (a leaked stream) keeps the mount busy: detach it so the machine is left clean.
                run(List.of("umount", "-l", root.toString()));
            }
            mounted = false;
        }
    }

    /** Runs a command; empty when it succeeded, else what it said. */
    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return String.join(" ", command) + " did not finish";
            }
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.exitValue() == 0 ? "" : String.join(" ", command) + ": " + (said.isEmpty() ? "exit "
                    + p.exitValue() : said);
        } catch (IOException e) {
            return String.join(" ", command) + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
