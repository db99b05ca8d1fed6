package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.file.Path;
import org.whiskerstudio.common.FileTrees;

/**
 * Runs a format writer in a new or empty folder and, when it fails part way, removes what it wrote, so a failed
 * export never leaves a half dataset behind that a training tool would read as whole.
 */
final class ExportFolder {

    /** The part of a writer that fills the folder. */
    interface Filling {
        void fill(Path out) throws IOException;
    }

    private ExportFolder() {
    }

    static void write(Path out, Filling filling) throws IOException {
        DatasetFiles.prepareEmptyFolder(out);
        try {
            filling.fill(out);
        } catch (IOException | RuntimeException e) {
            removeContents(out, e);
            throw e;
        }
    }

    /** The folder was empty before the export, so everything in it now is the export's own. */
    private static void removeContents(Path out, Exception failure) {
        try {
            FileTrees.deleteContents(out);
        } catch (IOException | RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }
}
