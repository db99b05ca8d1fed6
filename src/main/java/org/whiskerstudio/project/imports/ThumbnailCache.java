package org.whiskerstudio.project.imports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.SequenceUnreadable;
import org.whiskerstudio.project.sequences.Series;
import org.whiskerstudio.project.sequences.TextExample;

/**
 * Thumbnails on disk, made at import and remade from the stored file when missing (e.g. a cleared cache): a
 * picture for an image, a line plot for a series, the first words for a text.
 */
public final class ThumbnailCache {
    private final ProjectLayout layout;
    private final ImageDecoder decoder = new ImageDecoder();

    public ThumbnailCache(ProjectLayout layout) {
        this.layout = layout;
    }

    private interface SequenceRead<T> {
        T read() throws SequenceUnreadable;
    }

    private static <T> T readSequence(SequenceRead<T> read) throws ImageRejected {
        try {
            return read.read();
        } catch (SequenceUnreadable e) {
            throw new ImageRejected(e.getMessage(), e);
        }
    }

    /**
     * A file a picture viewer can show for an example: the stored image itself, or for a series or a text its
     * thumbnail (made first if needed), since neither a CSV nor a TXT file is a picture. Empty when none can be made.
     */
    public Optional<Path> pictureOf(ImageAsset example) {
        if (MediaKind.of(example.format()) == MediaKind.IMAGE) {
            return Optional.of(layout.resolveStored(example.storedPath()));
        }
        try {
            return Optional.of(thumbnailOf(example));
        } catch (IOException | ImageRejected e) {
            return Optional.empty();
        }
    }

    /** The thumbnail file of an image, made first if needed. */
    public Path thumbnailOf(ImageAsset image) throws IOException, ImageRejected {
        Path thumb = layout.thumbnail(image.sha256());
        if (Files.isRegularFile(thumb)) {
            return thumb;
        }
        Path stored = layout.resolveStored(image.storedPath());
        BufferedImage picture = switch (MediaKind.of(image.format())) {
            case IMAGE -> decoder.decode(Files.readAllBytes(stored)).thumbnail();
            case SERIES -> SequenceThumbnails.series(readSequence(() -> Series.read(stored)));
            case TEXT -> SequenceThumbnails.text(readSequence(() -> TextExample.read(stored)));
        };
        AtomicFiles.write(thumb, out -> ImageDecoder.writeJpeg(picture, out));
        return thumb;
    }
}
