package org.whiskerstudio.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Problem;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectLayout;

/**
 * Decoded, resized images as unsigned bytes (CHW), or series and texts as {@link TensorRecords}, one fixed-size
 * record per content hash, kept on disk under
 * the project's cache folder and memory-mapped for reading: after the first build an epoch decodes no image. Built
 * incrementally (only hashes it lacks), in parallel, in {@link TensorSegment}s that are only ever read whole. An
 * image that cannot be decoded is reported and left out, and is tried again next build.
 */
public final class TensorCache {
    /** An image to have in the cache: its content hash and its stored file. */
    public record Item(String sha256, Path file) {
    }

    /** What a build did; {@code problems} name each file left out and why. */
    public record BuildReport(int decoded, int reused, List<Problem> problems, boolean cancelled) {
        public BuildReport {
            problems = List.copyOf(problems);
        }
    }

    private static final Duration STALE_TEMP = Duration.ofHours(1);

    private final Path folder;
    private final Preprocessing preprocessing;
    private final List<TensorSegment> segments = new ArrayList<>();
    private final Map<String, Integer> slots = new HashMap<>();
    private int[] slotSegment = new int[64];
    private int[] slotRecord = new int[64];

    private TensorCache(Path folder, Preprocessing preprocessing) {
        this.folder = folder;
        this.preprocessing = preprocessing;
    }

    /** Where a project keeps the cache of one preprocessing. */
    public static Path folder(ProjectLayout layout, Preprocessing preprocessing) {
        return TensorCacheFiles.root(layout).resolve(preprocessing.key());
    }

    public static TensorCache open(ProjectLayout layout, Preprocessing preprocessing) {
        return open(folder(layout, preprocessing), preprocessing);
    }

    /** Maps every whole segment in {@code folder} (created if missing); partial files of a killed build are skipped. */
    public static TensorCache open(Path folder, Preprocessing preprocessing) {
        TensorCache cache = new TensorCache(folder, preprocessing);
        try {
            Files.createDirectories(folder);
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.sorted().toList();
            }
            Instant staleBefore = Instant.now().minus(STALE_TEMP);
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (TensorSegment.isSegmentName(name)) {
                    TensorSegment.open(file, preprocessing.recordBytes()).ifPresent(cache::add);
                } else if (name.endsWith(".tmp") && Files.getLastModifiedTime(file).compareTo(FileTime.from(staleBefore)) < 0) {
                    // Left by a build that was killed; a recent one may belong to a build still running.
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the tensor cache " + folder + ": " + e.getMessage(), e);
        }
        return cache;
    }

    public Preprocessing preprocessing() {
        return preprocessing;
    }

    public Path folder() {
        return folder;
    }

    /** Images held. */
    public synchronized int size() {
        return slots.size();
    }

    public synchronized boolean contains(String sha256) {
        return slots.containsKey(sha256);
    }

    /** The slot of an image, for {@link #read}; empty when the cache does not hold it. */
    public synchronized OptionalInt slot(String sha256) {
        Integer slot = slots.get(sha256);
        return slot == null ? OptionalInt.empty() : OptionalInt.of(slot);
    }

    /** Copies the {@code preprocessing().recordBytes()} bytes of one example into {@code into} at {@code offset}. */
    public void read(int slot, byte[] into, int offset) {
        TensorSegment segment;
        int record;
        synchronized (this) {
            segment = segments.get(slotSegment[slot]);
            record = slotRecord[slot];
        }
        segment.read(record, into, offset);
    }

    /** Decodes and stores every item the cache lacks, on {@code threads} threads; each new segment is usable at once. */
    public BuildReport build(List<Item> items, int threads, Progress progress, Cancellation cancellation) {
        Map<String, Item> missing = new LinkedHashMap<>();
        int reused = 0;
        for (Item item : items) {
            if (contains(item.sha256())) {
                reused++;
            } else {
                missing.putIfAbsent(item.sha256(), item);
            }
        }
        if (missing.isEmpty()) {
            return new BuildReport(0, reused, List.of(), false);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "whisker-tensor-cache");
            t.setDaemon(true);
            return t;
        });
        try {
            return fill(List.copyOf(missing.values()), reused, pool, Math.max(1, threads), progress, cancellation);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the tensor cache " + folder + ": " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One image decoded, or why not. */
    private record Decoded(Item item, byte[] bytes, String problem) {
    }

    private BuildReport fill(List<Item> missing, int reused, ExecutorService pool, int threads, Progress progress,
                             Cancellation cancellation) throws IOException {
        TensorRecords resizer = new TensorRecords(preprocessing);
        CompletionService<Decoded> decoding = new ExecutorCompletionService<>(pool);
        // A bounded window keeps memory flat however many images there are.
        int window = threads * 4;
        int next = 0;
        int inFlight = 0;
        int done = 0;
        int decoded = 0;
        List<Problem> problems = new ArrayList<>();
        int total = missing.size();
        int every = Math.max(1, total / 100);
        progress.update(0, total, "Preparing images for training...");
        TensorSegment.Writer writer = null;
        try {
            while (true) {
                while (inFlight < window && next < total && !cancellation.isCancelled()) {
                    Item item = missing.get(next++);
                    decoding.submit(() -> decode(resizer, item));
                    inFlight++;
                }
                if (inFlight == 0) {
                    break;
                }
                Decoded d = take(decoding);
                inFlight--;
                done++;
                if (d.bytes() != null) {
                    if (writer == null) {
                        writer = new TensorSegment.Writer(folder, preprocessing.recordBytes(),
                                TensorSegment.Writer.capacity(preprocessing.recordBytes()));
                    }
                    writer.add(d.item().sha256(), d.bytes());
                    decoded++;
                    if (writer.isFull()) {
                        commit(writer);
                        writer = null;
                    }
                } else {
                    problems.add(new Problem(d.item().file().toString(), d.problem()));
                }
                if (done % every == 0 || done == total) {
                    progress.update(done, total, "Prepared " + done + " of " + total + " images");
                }
            }
            // Even a cancelled build keeps what it decoded: the next one resumes from there.
            if (writer != null && writer.count() > 0) {
                commit(writer);
                writer = null;
            }
        } finally {
            if (writer != null) {
                writer.close();
            }
        }
        return new BuildReport(decoded, reused, problems, cancellation.isCancelled() && done < total);
    }

    private static Decoded decode(TensorRecords resizer, Item item) {
        try {
            return new Decoded(item, resizer.load(item.file()), "");
        } catch (ImageUnreadable e) {
            return new Decoded(item, null, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Decoded(item, null, "cannot be prepared for training (" + e + ")");
        }
    }

    private static Decoded take(CompletionService<Decoded> decoding) throws IOException {
        try {
            return decoding.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while preparing images", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a decoding task failed unexpectedly", e.getCause());
        }
    }

    private void commit(TensorSegment.Writer writer) throws IOException {
        Path file;
        try (writer) {
            file = writer.commit();
        }
        add(TensorSegment.open(file, preprocessing.recordBytes())
                .orElseThrow(() -> new IOException("the segment just written is not readable: " + file)));
    }

    private synchronized void add(TensorSegment segment) {
        int index = segments.size();
        segments.add(segment);
        for (int r = 0; r < segment.count(); r++) {
            String hash = segment.hash(r);
            if (slots.containsKey(hash)) {
                continue;
            }
            int slot = slots.size();
            if (slot == slotSegment.length) {
                slotSegment = Arrays.copyOf(slotSegment, slot * 2);
                slotRecord = Arrays.copyOf(slotRecord, slot * 2);
            }
            slotSegment[slot] = index;
            slotRecord[slot] = r;
            slots.put(hash, slot);
        }
    }
}
