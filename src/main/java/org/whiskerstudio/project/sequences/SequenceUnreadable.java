package org.whiskerstudio.project.sequences;

import java.nio.file.Path;

/** A stored or imported sequence file that cannot be read; the message names the file, the place and the reason. */
public final class SequenceUnreadable extends Exception {
    public SequenceUnreadable(Path file, String reason) {
        super(file.getFileName() + ": " + reason);
    }
}
