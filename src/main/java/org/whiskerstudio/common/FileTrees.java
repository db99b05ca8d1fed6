package org.whiskerstudio.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Removing folders the studio made itself (scratch folders, failed exports). */
public final class FileTrees {
    private FileTrees() {
    }

    /** Deletes {@code root} and everything in it; nothing happens when it does not exist. */
    public static void delete(Path root) throws IOException {
        deleteBelow(root, true);
    }

    /** Deletes everything inside {@code dir} but keeps {@code dir}. */
    public static void deleteContents(Path dir) throws IOException {
        deleteBelow(dir, false);
    }

    private static void deleteBelow(Path root, boolean includingRoot) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> deepestFirst = walk.filter(p -> includingRoot || !p.equals(root))
                    .sorted(Comparator.reverseOrder()).toList();
            for (Path p : deepestFirst) {
                Files.deleteIfExists(p);
            }
        }
    }
}
