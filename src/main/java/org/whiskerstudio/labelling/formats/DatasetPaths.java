package org.whiskerstudio.labelling.formats;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Checks for paths that come from dataset files (untrusted): they must stay inside the dataset's folder. */
public final class DatasetPaths {
    private DatasetPaths() {
    }

    /**
     * Resolves a path named in {@code file} against {@code root}, refusing absolute paths and any that climb
     * out of {@code root}. Backslashes (Windows tools) are read as separators.
     */
    public static Path resolveInside(Path root, String named, Path file, String place) throws FormatException {
        String normalised = named.replace('\\', '/');
        if (normalised.isBlank()) {
            throw new FormatException(file, place, "the image path is empty");
        }
        if (normalised.startsWith("/") || normalised.matches("^[A-Za-z]:/.*")) {
            throw new FormatException(file, place, "the image path \"" + named + "\" is absolute; only paths inside the dataset folder are accepted");
        }
        Path base = root.toAbsolutePath().normalize();
        Path resolved;
        try {
            resolved = base.resolve(normalised).normalize();
        } catch (InvalidPathException e) {
            // A NUL byte or, on Windows, a character no file name may hold.
            throw new FormatException(file, place, "the image path \"" + named.replace("\0", "\\0")
                    + "\" is not a valid file name (" + e.getReason() + ")");
        }
        if (!resolved.startsWith(base)) {
            throw new FormatException(file, place, "the image path \"" + named + "\" leads outside the dataset folder");
        }
        return resolved;
    }
}
