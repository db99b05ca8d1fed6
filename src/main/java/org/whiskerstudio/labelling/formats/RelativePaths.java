package org.whiskerstudio.labelling.formats;

import java.nio.file.Path;

/** Paths inside a dataset as {@link DatasetImage#path()} holds them: relative, with forward slashes. */
final class RelativePaths {
    private RelativePaths() {
    }

    /** {@code file} relative to {@code root}; both absolute and normalised. */
    static String of(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
