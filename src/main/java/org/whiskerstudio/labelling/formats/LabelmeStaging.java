package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.whiskerstudio.common.FileTrees;

/**
 * Gives labelme images embedded as imageData a file, without writing into the user's folder: when any image
 * is only embedded, the dataset's root becomes a fresh temporary folder that holds the decoded images and a
 * hard link (or, across file systems, a copy) of every other image under the same relative path. The folder is
 * removed when the application exits; when no image is embedded the source folder stays the root and nothing
 * is written.
 */
final class LabelmeStaging implements AutoCloseable {
    private final Path source;
    private final Set<String> embedded = new HashSet<>();
    private Path staged;
    private boolean finished;

    LabelmeStaging(Path source) {
        this.source = source;
    }

    /** Writes a decoded image under {@code relativePath}. */
    void putEmbedded(String relativePath, byte[] content) throws IOException {
        Files.write(target(relativePath), content);
        embedded.add(relativePath);
    }

    /**
     * The root for the dataset: the source folder, or the staging folder once every image not embedded has been
     * linked into it. After this the staging folder is kept.
     */
    Path finish(List<DatasetImage> images) throws IOException {
        if (staged != null) {
            for (DatasetImage image : images) {
                if (!embedded.contains(image.path())) {
                    link(source.resolve(image.path()), target(image.path()));
                }
            }
            registerForDeletion(staged);
        }
        finished = true;
        return staged == null ? source : staged;
    }

    /** Removes the staging folder unless {@link #finish} handed it out: a failed read leaves nothing behind. */
    @Override
    public void close() throws IOException {
        if (staged != null && !finished) {
            FileTrees.delete(staged);
        }
    }

    private Path target(String relativePath) throws IOException {
        if (staged == null) {
            staged = Files.createTempDirectory("whisker-labelme");
        }
        Path target = staged.resolve(relativePath);
        Files.createDirectories(target.getParent());
        return target;
    }

    private static void link(Path existing, Path target) throws IOException {
        try {
            Files.createLink(target, existing);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(existing, target);
        }
    }

    /** deleteOnExit deletes in reverse order of registration, so folders are registered before their files. */
    private static void registerForDeletion(Path folder) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted().forEach(paths::add);
        }
        paths.forEach(path -> path.toFile().deleteOnExit());
    }
}
