package org.whiskerstudio.project.imports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.DiskFullException;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.common.Problem;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ImageOrigin;
import org.whiskerstudio.project.NewImage;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectStore;

/**
 * The storing half of the series and text imports, as {@link ImageImporter} does it for images: each example's
 * canonical bytes are hashed, written to the content-hash path (temp file, then move) with a thumbnail, and
 * recorded in batches of one transaction each, so progress reported is progress saved. Duplicates (already in the
 * project, or twice in this import) are counted and skipped.
 */
final class SequenceSink {
    private static final int BATCH = 64;
    private static final long BATCH_MILLIS = 250;

    /** One example ready to store: its canonical bytes and what the image table records about it. */
    record Example(byte[] content, String format, String extension, String fileName, String sourcePath, int width,
                   int height, Optional<String> className, BufferedImage thumbnail) {
    }

    private final ProjectStore store;
    private final Progress progress;
    private final Cancellation cancellation;
    private final Set<String> known;
    private final ImageOrigin origin;
    private final List<NewImage> batch = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final long start = System.nanoTime();
    private long lastCommit = System.nanoTime();
    private int candidates;
    private int imported;
    private int duplicates;
    private long done;
    private long total = -1;

    /** @param format the import's name, kept as the provenance of the class tags it brings ("series", "text") */
    SequenceSink(ProjectStore store, String format, Progress progress, Cancellation cancellation) {
        this.store = store;
        this.origin = new ImageOrigin.Imported(format);
        this.progress = progress;
        this.cancellation = cancellation;
        this.known = new HashSet<>(store.imageHashes());
    }

    boolean cancelled() {
        return cancellation.isCancelled();
    }

    /** Adds to the number of examples expected in all, for the progress bar. */
    void expectMore(long examples) {
        total = Math.max(total, 0) + examples;
        progress.update(done, total, imported + " imported");
    }

    void problem(Path file, String reason) {
        problems.add(new Problem(file.toString(), reason));
    }

    void problem(Problem problem) {
        problems.add(problem);
    }

    void problems(List<Problem> more) {
        problems.addAll(more);
    }

    /** Stores one example (or counts it as a duplicate); a write failure becomes a problem for {@code source}. */
    void add(Example example) {
        candidates++;
        done++;
        String hash = Hashes.sha256Hex(example.content());
        if (!known.add(hash)) {
            duplicates++;
        } else {
            try {
                ProjectLayout layout = store.layout();
                Path stored = layout.storedImage(hash, example.extension());
                ImportFiles.write(stored, out -> out.write(example.content()), layout.thumbnail(hash),
                        example.thumbnail());
                batch.add(new NewImage(hash, example.fileName(), layout.relativize(stored), example.sourcePath(),
                        example.width(), example.height(), example.format(), example.content().length,
                        example.className()));
            } catch (DiskFullException e) {
                // A full disk ends the import, with what was whole committed; every next example would fail too.
                flush();
                throw ImportFiles.stopped(e, imported);
            } catch (IOException e) {
                known.remove(hash);
                problems.add(new Problem(example.sourcePath(), "cannot be stored: " + e.getMessage()));
            }
        }
        if (batch.size() >= BATCH || (System.nanoTime() - lastCommit) / 1_000_000 >= BATCH_MILLIS) {
            flush();
        }
    }

    private void flush() {
        int added = ImportFiles.commit(store, batch, b -> store.addImages(b, origin), imported);
        duplicates += batch.size() - added;
        imported += added;
        batch.clear();
        lastCommit = System.nanoTime();
        progress.update(done, Math.max(total, done), imported + " imported");
    }

    /** Commits what is left and reports; cancelled when the user stopped before every example was stored. */
    ImportReport finish(boolean complete) {
        flush();
        boolean stopped = cancellation.isCancelled() && !complete;
        return new ImportReport(candidates, imported, duplicates, problems, stopped,
                Duration.ofNanos(System.nanoTime() - start));
    }
}
