package org.whiskerstudio.project;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * Why a project folder cannot be written, when it cannot: a read-only disk or share (which stops even root), or a
 * folder or {@code project.db} the user may not write. Such a project opens to read only, never half-writable: no
 * lock file is attempted, the database is read as immutable (or from a private copy when a killed studio left changes
 * in its WAL: {@link ReadOnlySnapshot}), and every change is refused with {@link #refusal}.
 *
 * @param reason "its folder /media/stick/cats is on a read-only disk"
 */
public record ReadOnlyFolder(String reason) {
    /** The reason {@code layout}'s project cannot be written, or empty when it can. */
    public static Optional<ReadOnlyFolder> of(ProjectLayout layout) {
        try {
            if (Files.getFileStore(layout.root()).isReadOnly()) {
                return Optional.of(new ReadOnlyFolder("its folder " + layout.root() + " is on a read-only disk"));
            }
        } catch (IOException e) {
            // The store cannot be asked: the access checks below still say what matters.
        }
        if (!Files.isWritable(layout.root())) {
            return Optional.of(new ReadOnlyFolder("you may not write in its folder " + layout.root()));
        }
        if (!Files.isWritable(layout.database())) {
            return Optional.of(new ReadOnlyFolder("you may not write its database " + layout.database()));
        }
        return Optional.empty();
    }

    /** The studio's banner over a project opened this way. */
    public String banner() {
        return "This project is read-only: " + reason + ". You can look, evaluate and export elsewhere; changes are off.";
    }

    /** What a change gets (a command that writes, an edit in the studio): why, and what to do instead. */
    public String refusal() {
        return "This project is read-only: " + reason + ". Nothing was changed; to change it, copy the project folder "
                + "somewhere you can write.";
    }
}
