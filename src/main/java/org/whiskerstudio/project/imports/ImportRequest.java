package org.whiskerstudio.project.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * What to import.
 *
 * @param sources        files and folders (folders are walked recursively)
 * @param folderPerClass when true, the name of each file's first sub-folder under a source folder becomes its class
 */
public record ImportRequest(List<Path> sources, boolean folderPerClass) {
    public ImportRequest {
        sources = List.copyOf(sources);
    }

    public static ImportRequest of(List<Path> sources) {
        return new ImportRequest(sources, false);
    }

    public static ImportRequest folderPerClass(Path root) {
        return new ImportRequest(List.of(root), true);
    }
}
