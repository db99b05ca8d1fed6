package org.whiskerstudio.project.imports;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The file name endings taken for images, by every importer (plain folders, folder-per-class and YOLO datasets).
 * HEIC, HEIF and AVIF are taken too, so such a photo is reported with how to convert it rather than passed over.
 */
public final class ImageExtensions {
    public static final Set<String> ALL = Set.of("jpg", "jpeg", "jpe", "jfif", "png", "bmp", "gif", "tif", "tiff",
            "webp", "heic", "heif", "avif");

    private ImageExtensions() {
    }

    /** Whether the file's name ends in an image extension (any case). */
    public static boolean named(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && ALL.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
