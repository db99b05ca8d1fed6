package org.whiskerstudio.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.whiskerstudio.project.ProjectLayout;

/**
 * The tensor caches of a project as files: what each preprocessing's cache holds, and compaction that drops the
 * examples the project no longer has (images removed since they were cached). Compaction writes the live records of
 * a segment to a new segment first and only then deletes the old file, so a process killed in between leaves both,
 * which {@link TensorCache#open} reads as one (a hash found twice is read once). A segment another open cache still
 * maps stays readable to it (the system keeps a deleted file's pages while it is mapped); where the system refuses to
 * delete a mapped file, the old segment is left for the next compaction.
 */
public final class TensorCacheFiles {
    /** Compact a cache when at least this share of its records are of examples no longer in the project. */
    static final double WORTH_IT = 0.10;
    private static final Logger LOG = Logger.getLogger(TensorCacheFiles.class.getName());

    /** One preprocessing's cache: {@code records} examples held, of which {@code live} are still in the project. */
    public record Usage(String preprocessing, int segments, int records, int live, long bytes) {
        public int dead() {
            return records - live;
        }
    }

    /** What a compaction did. */
    public record Compaction(int segmentsRewritten, int recordsDropped, long bytesFreed) {
        static final Compaction NONE = new Compaction(0, 0, 0);

        Compaction plus(Compaction other) {
            return new Compaction(segmentsRewritten + other.segmentsRewritten, recordsDropped + other.recordsDropped,
                    bytesFreed + other.bytesFreed);
        }
    }

    private TensorCacheFiles() {
    }

    static Path root(ProjectLayout layout) {
        return layout.root().resolve("cache").resolve("tensors");
    }

    /** Each preprocessing's cache, with how many of its examples {@code live} (the project's hashes) still has. */
    public static List<Usage> usage(ProjectLayout layout, Set<String> live) {
        List<Usage> out = new ArrayList<>();
        for (Path folder : folders(layout)) {
            int records = 0;
            int alive = 0;
            long bytes = 0;
            List<Path> files = segments(folder);
            Set<String> seen = new HashSet<>();
            for (Path file : files) {
                bytes += size(file);
                Optional<TensorSegment> segment = read(file);
                if (segment.isEmpty()) {
                    continue;
                }
                for (int r = 0; r < segment.get().count(); r++) {
                    records++;
                    String hash = segment.get().hash(r);
                    if (live.contains(hash) && seen.add(hash)) {
                        alive++;
                    }
                }
            }
            out.add(new Usage(folder.getFileName().toString(), files.size(), records, alive, bytes));
        }
        return out;
    }

    /** Compacts every cache where at least {@link #WORTH_IT} of the records are dead (after images were removed). */
    public static Compaction compactIfWorthIt(ProjectLayout layout, Set<String> live) {
        Compaction done = Compaction.NONE;
        for (Usage u : usage(layout, live)) {
            if (u.dead() > 0 && u.dead() >= WORTH_IT * u.records()) {
                done = done.plus(compact(root(layout).resolve(u.preprocessing()), live));
            }
        }
        return done;
    }

    /**
     * After images were removed: compacts where it is worth it, as upkeep that never fails the removal (a problem is
     * logged, and {@code whisker cache --trim} says it in full).
     */
    public static void tidy(ProjectLayout layout, Set<String> live) {
        try {
            Compaction c = compactIfWorthIt(layout, live);
            if (c.recordsDropped() > 0) {
                LOG.info("Tensor cache compacted: " + c);
            }
        } catch (RuntimeException e) {
            LOG.warning("Could not compact the tensor cache of " + layout.root() + ": " + e);
        }
    }

    /** Compacts every cache of the project, however few records are dead. */
    public static Compaction compact(ProjectLayout layout, Set<String> live) {
        Compaction done = Compaction.NONE;
        for (Path folder : folders(layout)) {
            done = done.plus(compact(folder, live));
        }
        return done;
    }

    /** Deletes every tensor cache of the project (they are rebuilt when needed); returns the bytes freed. */
    public static long clear(ProjectLayout layout) {
        long freed = 0;
        for (Path folder : folders(layout)) {
            for (Path file : list(folder)) {
                long size = size(file);
                if (delete(file)) {
                    freed += size;
                }
            }
            delete(folder);
        }
        return freed;
    }

    private static Compaction compact(Path folder, Set<String> live) {
        Set<String> kept = new HashSet<>();
        int rewritten = 0;
        int dropped = 0;
        long freed = 0;
        for (Path file : segments(folder)) {
            Optional<TensorSegment> read = read(file);
            if (read.isEmpty()) {
                continue;
            }
            TensorSegment segment = read.get();
            List<Integer> keep = new ArrayList<>();
            for (int r = 0; r < segment.count(); r++) {
                if (live.contains(segment.hash(r)) && kept.add(segment.hash(r))) {
                    keep.add(r);
                }
            }
            if (keep.size() == segment.count()) {
                continue;
            }
            long before = size(file);
            Optional<Path> copy = keep.isEmpty() ? Optional.empty() : Optional.of(rewrite(folder, segment, keep));
            if (delete(file)) {
                rewritten++;
                dropped += segment.count() - keep.size();
                freed += before - copy.map(TensorCacheFiles::size).orElse(0L);
            }
        }
        return new Compaction(rewritten, dropped, freed);
    }

    private static Path rewrite(Path folder, TensorSegment segment, List<Integer> records) {
        byte[] record = new byte[segment.recordSize()];
        try (TensorSegment.Writer writer = new TensorSegment.Writer(folder, segment.recordSize(), records.size())) {
            for (int r : records) {
                segment.read(r, record, 0);
                writer.add(segment.hash(r), record);
            }
            return writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compact the tensor cache " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> folders(ProjectLayout layout) {
        Path root = root(layout);
        return Files.isDirectory(root) ? list(root).stream().filter(Files::isDirectory).toList() : List.of();
    }

    private static List<Path> segments(Path folder) {
        return list(folder).stream().filter(f -> TensorSegment.isSegmentName(f.getFileName().toString())).toList();
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Optional<TensorSegment> read(Path file) {
        try {
            return TensorSegment.open(file);
        } catch (IOException e) {
            LOG.warning("Skipping the unreadable cache segment " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean delete(Path file) {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            // A file still mapped on Windows, say: the next compaction tries again.
            LOG.info("Left " + file + " for a later compaction: " + e.getMessage());
            return false;
        }
    }
}
