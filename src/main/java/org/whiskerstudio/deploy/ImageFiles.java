package org.whiskerstudio.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.whiskerstudio.project.sequences.MediaKind;

/** Which files a prediction reads: files as given, folders to their image (or series, text) files, recursively, sorted. */
public final class ImageFiles {
    static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff");

    private ImageFiles() {
    }

    public static List<Path> expand(List<Path> given) throws IOException {
        return expand(given, MediaKind.IMAGE);
    }

    /** Files as given, folders to their files of {@code kind}: images, series ({@code .csv}) or texts ({@code .txt}). */
    public static List<Path> expand(List<Path> given, MediaKind kind) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> isOf(f, kind)).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IOException(p + " is neither a file nor a folder");
            }
        }
        return files;
    }

    /** By name only: {@code .csv} for a series, {@code .txt} for a text, an image extension for an image. */
    public static boolean isOf(Path file, MediaKind kind) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case IMAGE -> isImage(file);
            case SERIES -> name.endsWith(".csv");
            case TEXT -> name.endsWith(".txt");
        };
    }

    /** By name only; the decoder still sniffs the content. */
    public static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
