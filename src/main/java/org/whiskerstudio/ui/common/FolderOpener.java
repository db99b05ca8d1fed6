package org.whiskerstudio.ui.common;

import java.nio.file.Path;

/** Shows a folder in the desktop's file manager; the app supplies one from its host services. */
@FunctionalInterface
public interface FolderOpener {
    /** For windows made without the app (tests): the path is still named in the message, nothing opens. */
    FolderOpener NONE = folder -> { };

    void open(Path folder);

    /** The folder a written file is in (itself when it is a folder, as an exported dataset is). */
    static Path folderOf(Path written) {
        Path abs = written.toAbsolutePath();
        return java.nio.file.Files.isDirectory(abs) || abs.getParent() == null ? abs : abs.getParent();
    }
}
