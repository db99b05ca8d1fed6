package org.whiskerstudio.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportRequest;

/**
 * Lets an evaluation run on a labelled folder (one sub-folder of images per class) as well as on a project: the
 * folder is imported once into a project kept in the evaluated project's cache ({@code cache/labelled-folders/}),
 * brought up to date on later evaluations, so the gallery and relabel-free browsing work as for any project.
 */
public final class LabelledFolders {
    private LabelledFolders() {
    }

    /** The folder itself when it is a project, else its cached project (imported or updated now). */
    public static Path asProject(ProjectStore evaluated, Path folder, Progress progress, Cancellation cancellation)
            throws IOException {
        if (Files.isRegularFile(new ProjectLayout(folder).database())) {
            return folder;
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is neither a Whisker Studio project nor a folder of class folders.");
        }
        Path absolute = folder.toAbsolutePath().normalize();
        String key = Hashes.sha256Hex(absolute.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        Path project = evaluated.layout().root().resolve("cache").resolve("labelled-folders").resolve(key);
        boolean exists = Files.isRegularFile(new ProjectLayout(project).database());
        String name = absolute.getFileName() == null ? "labelled folder" : absolute.getFileName().toString();
        try (ProjectStore store = exists ? ProjectStore.open(project) : ProjectStore.create(project, name)) {
            new ImageImporter(store).run(ImportRequest.folderPerClass(folder), progress, cancellation);
            if (store.labelClasses().isEmpty()) {
                throw new IOException(folder + " has no class folders: put each class's images in a sub-folder "
                        + "named after the class (cat/, dog/ ...).");
            }
        }
        return project;
    }
}
