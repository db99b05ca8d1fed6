package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** File chores shared by the format writers. */
public final class DatasetFiles {
    private DatasetFiles() {
    }

    /**
     * Copies an image's bytes ({@link DatasetImage#file()}) to {@code target}, making folders as needed.
     * Images without a file (datasets built in tests from labels alone) are skipped.
     */
    public static void copyImage(DatasetImage image, Path target) throws IOException {
        if (image.file().isEmpty()) {
            return;
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.copy(image.file().get(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Creates {@code out} if needed and refuses a folder that already holds files (never overwrite a user's data). */
    public static void prepareEmptyFolder(Path out) throws IOException {
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new IOException(out + " exists and is not a folder");
            }
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(out + " is not empty; export into a new or empty folder");
                }
            }
        }
        Files.createDirectories(out);
    }
}
