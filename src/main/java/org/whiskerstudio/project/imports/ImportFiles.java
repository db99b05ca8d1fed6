package org.whiskerstudio.project.imports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.common.DiskFullException;
import org.whiskerstudio.project.NewImage;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectStore;

/**
 * The files of an imported example and what a full disk does to them, shared by the image and the sequence imports:
 * an example's stored copy and thumbnail are both written or neither is kept, a batch whose commit fails takes its
 * files with it (no row would name them), and a full disk ends the import with a sentence saying what was kept.
 */
final class ImportFiles {
    private ImportFiles() {
    }

    /**
     * Writes the stored copy (unless already there) and the thumbnail (likewise); when the thumbnail does not fit on
     * the disk, a stored copy written here is deleted again.
     */
    static void write(Path stored, AtomicFiles.StreamWriter content, Path thumb, BufferedImage thumbnail)
            throws IOException {
        boolean fresh = !Files.exists(stored);
        if (fresh) {
            AtomicFiles.write(stored, content);
        }
        try {
            if (!Files.exists(thumb)) {
                AtomicFiles.write(thumb, out -> ImageDecoder.writeJpeg(thumbnail, out));
            }
        } catch (DiskFullException e) {
            if (fresh) {
                Files.deleteIfExists(stored);
            }
            throw e;
        }
    }

    /**
     * Commits a batch through {@code add}; when that fails (SQLite finds the disk full, say), the files of the batch's
     * images that the store does not hold are deleted, and a full disk ends the import ({@link #stopped}).
     */
    static int commit(ProjectStore store, List<NewImage> batch, ToIntFunction<List<NewImage>> add, int imported) {
        try {
            return add.applyAsInt(batch);
        } catch (RuntimeException e) {
            discard(store, batch, e);
            if (DiskFullException.isDiskFull(e)) {
                throw stopped((DiskFullException) DiskFullException.naming(store.layout().database(),
                        new IOException(e.getMessage(), e)), imported);
            }
            throw e;
        }
    }

    /** Deletes the stored copies and thumbnails of those {@code images} the store does not hold. */
    static void discard(ProjectStore store, List<NewImage> images, Exception failure) {
        ProjectLayout layout = store.layout();
        Set<String> kept = store.imagesByHash(images.stream().map(NewImage::sha256).toList()).keySet();
        for (NewImage image : images.stream().filter(i -> !kept.contains(i.sha256())).toList()) {
            try {
                Files.deleteIfExists(layout.resolveStored(image.storedPath()));
                Files.deleteIfExists(layout.thumbnail(image.sha256()));
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
        }
    }

    /** The import's end on a full disk, saying what it kept. */
    static UncheckedIOException stopped(DiskFullException full, int imported) {
        return new UncheckedIOException(full.withNote(imported == 0 ? "The import stopped there; none of its examples "
                + "was added." : "The import stopped there; the " + imported + " examples imported before it are kept."));
    }
}
