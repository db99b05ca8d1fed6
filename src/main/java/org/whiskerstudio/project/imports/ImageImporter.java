package org.whiskerstudio.project.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.DiskFullException;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.common.Problem;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.DuplicateLabels;
import org.whiskerstudio.project.NewImage;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectStore;

/**
 * Imports images into a project. Worker threads read, hash, decode and write the stored copy and thumbnail
 * of each file; this thread commits finished images to the store in small batches, so progress reported is
 * progress saved. Bad files become {@link Problem}s and the rest goes on. A full disk stops the import: what was
 * committed stays, and no file of an image that is not in the store is left behind.
 */
public final class ImageImporter {
    /** Files bigger than this are refused: no real photo is, and reading one whole would risk memory. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    private static final int BATCH = 64;
    private static final long BATCH_MILLIS = 250;

    private final ProjectStore store;
    private final int threads;
    private final ImageDecoder decoder = new ImageDecoder();

    public ImageImporter(ProjectStore store) {
        this(store, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public ImageImporter(ProjectStore store, int threads) {
        this.store = store;
        this.threads = threads;
    }

    /** The outcome of one file, made on a worker thread. */
    private sealed interface Outcome {
        record Ready(NewImage image) implements Outcome {
        }

        /** Same content as an image already in the project or earlier in this import; with its folder's class. */
        record Duplicate(String hash, Optional<String> className) implements Outcome {
        }

        record Rejected(Problem problem) implements Outcome {
        }

        /** The disk filled while this file's copies were written; neither is left behind. */
        record DiskFull(DiskFullException failure) implements Outcome {
        }
    }

    /**
     * Imports the request's files.
     *
     * @throws UncheckedIOException around a {@link DiskFullException} when the disk filled: the images committed
     *                              before stay, and the message says how many
     */
    public ImportReport run(ImportRequest request, Progress progress, Cancellation cancellation) {
        store.requireWritable();
        long start = System.nanoTime();
        progress.update(0, -1, "Looking for images...");
        ImportScanner.Scan scan = new ImportScanner().scan(request, cancellation);
        List<ImportScanner.Candidate> candidates = scan.candidates();
        // Cancelled while still looking: how many files there were is not known, so neither is how many were left.
        boolean scanCut = cancellation.isCancelled();
        List<Problem> problems = new ArrayList<>(scan.problems());
        Set<String> known = ConcurrentHashMap.newKeySet();
        known.addAll(store.imageHashes());

        int total = candidates.size();
        int done = 0;
        int imported = 0;
        int duplicates = 0;
        // A duplicate's folder class, applied once every batch is in: the image it repeats may be in the last batch.
        Map<String, String> duplicateClasses = new LinkedHashMap<>();
        Optional<DiskFullException> full = Optional.empty();
        progress.update(0, total, "Importing " + total + " files");
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "whisker-import");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        try {
            List<NewImage> batch = new ArrayList<>();
            long lastCommit = System.nanoTime();
            int next = 0;
            while (next < total || !inFlight.isEmpty()) {
                while (next < total && inFlight.size() < 4 * threads && !cancellation.isCancelled()
                        && full.isEmpty()) {
                    ImportScanner.Candidate candidate = candidates.get(next++);
                    inFlight.add(pool.submit(() -> process(candidate, known)));
                }
                if (inFlight.isEmpty()) {
                    break;
                }
                Outcome outcome = await(inFlight.removeFirst());
                done++;
                if (outcome instanceof Outcome.Ready ready) {
                    batch.add(ready.image());
                } else if (outcome instanceof Outcome.Duplicate duplicate) {
                    duplicates++;
                    duplicate.className().ifPresent(c -> duplicateClasses.putIfAbsent(duplicate.hash(), c));
                } else if (outcome instanceof Outcome.Rejected rejected) {
                    problems.add(rejected.problem());
                } else if (outcome instanceof Outcome.DiskFull diskFull && full.isEmpty()) {
                    full = Optional.of(diskFull.failure());
                }
                boolean due = batch.size() >= BATCH || (System.nanoTime() - lastCommit) / 1_000_000 >= BATCH_MILLIS;
                if (due || inFlight.isEmpty()) {
                    int added = ImportFiles.commit(store, batch, store::addImages, imported);
                    duplicates += batch.size() - added;
                    imported += added;
                    batch.clear();
                    lastCommit = System.nanoTime();
                    progress.update(done, total, imported + " imported");
                }
            }
            progress.update(done, total, imported + " imported");
        } catch (RuntimeException e) {
            abandon(inFlight, e);
            throw e;
        } finally {
            pool.shutdownNow();
        }
        if (full.isPresent()) {
            throw ImportFiles.stopped(full.get(), imported);
        }
        boolean cancelled = cancellation.isCancelled() && (scanCut || done < total);
        DuplicateLabels labels = store.labelDuplicates(duplicateClasses);
        return new ImportReport(total, imported, duplicates, problems, cancelled,
                Duration.ofNanos(System.nanoTime() - start), scanCut ? -1 : total - done,
                labels);
    }

    /**
     * After a failed commit (a full disk, say): waits for the files still being written and deletes those of the
     * images no row will name.
     */
    private void abandon(Deque<Future<Outcome>> inFlight, RuntimeException failure) {
        List<NewImage> unnamed = new ArrayList<>();
        for (Future<Outcome> future : inFlight) {
            try {
                if (future.get() instanceof Outcome.Ready ready) {
                    unnamed.add(ready.image());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                failure.addSuppressed(e.getCause());
            }
        }
        ImportFiles.discard(store, unnamed, failure);
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            // process() turns every expected failure into an Outcome; anything else is a bug worth seeing.
            throw new IllegalStateException("import worker failed", e.getCause());
        }
    }

    private Outcome process(ImportScanner.Candidate candidate, Set<String> known) {
        Path file = candidate.file();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return rejected(file, "the file is " + size / (1024 * 1024) + " MB, more than the limit of "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            byte[] content = Files.readAllBytes(file);
            String hash = Hashes.sha256Hex(content);
            if (known.contains(hash)) {
                return new Outcome.Duplicate(hash, candidate.className());
            }
            DecodedImage decoded = decoder.decode(content);
            if (!known.add(hash)) {
                return new Outcome.Duplicate(hash, candidate.className());
            }
            ProjectLayout layout = store.layout();
            StandardCopy copy = decoded.storedAsIs() ? StandardCopy.none(decoded.format())
                    : StandardCopy.of(decoder.decodeUpright(content), decoded.format());
            Path stored = layout.storedImage(hash, copy.format());
            ImportFiles.write(stored, out -> copy.write(content, out), layout.thumbnail(hash), decoded.thumbnail());
            return new Outcome.Ready(new NewImage(hash, file.getFileName().toString(), layout.relativize(stored),
                    file.toString(), decoded.width(), decoded.height(), copy.format(), size, candidate.className()));
        } catch (ImageRejected e) {
            return rejected(file, e.getMessage());
        } catch (DiskFullException e) {
            return new Outcome.DiskFull(e);
        } catch (IOException e) {
            return rejected(file, "cannot be read: " + e.getClass().getSimpleName() + " " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return rejected(file, "not enough memory to decode this image");
        }
    }

    private static Outcome rejected(Path file, String reason) {
        return new Outcome.Rejected(new Problem(file.toString(), reason));
    }
}
