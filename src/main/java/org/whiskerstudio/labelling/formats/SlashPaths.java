package org.whiskerstudio.labelling.formats;

import java.io.File;
import java.nio.file.Path;

/** Relative paths as datasets store them: with forward slashes on every platform. */
final class SlashPaths {
    private SlashPaths() {
    }

    /** {@code file} relative to {@code root} ("train/001.jpg"); "" for the root itself. */
    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(File.separatorChar, '/');
    }
}
