package org.whiskerstudio.project.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ProjectLayout;

/** Thumbnails on disk, made at import and remade from the stored image when missing (e.g. a cleared cache). */
public final class ThumbnailCache {
    private final ProjectLayout layout;
    private final ImageDecoder decoder = new ImageDecoder();

    public ThumbnailCache(ProjectLayout layout) {
        this.layout = layout;
    }

    /** The thumbnail file of an image, made first if needed. */
    public Path thumbnailOf(ImageAsset image) throws IOException, ImageRejected {
        Path thumb = layout.thumbnail(image.sha256());
        if (Files.isRegularFile(thumb)) {
            return thumb;
        }
        byte[] content = Files.readAllBytes(layout.resolveStored(image.storedPath()));
        DecodedImage decoded = decoder.decode(content);
        AtomicFiles.write(thumb, out -> ImageDecoder.writeJpeg(decoded.thumbnail(), out));
        return thumb;
    }
}
