package org.whiskerstudio.project.imports;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Problem;

/** Turns the user's files and folders into a sorted list of candidate files, reporting what it cannot use. */
final class ImportScanner {
    private final Set<String> extensions;
    private final String kind;

    /** Scans for images. */
    ImportScanner() {
        this(ImageExtensions.ALL, "an image");
    }

    /** Scans folders for files with these extensions; {@code kind} names them in messages ("a CSV file"). */
    ImportScanner(Set<String> extensions, String kind) {
        this.extensions = Set.copyOf(extensions);
        this.kind = kind;
    }

    /** A file to import, with the class its folder gives it (folder-per-class imports only). */
    record Candidate(Path file, Optional<String> className) {
    }

    record Scan(List<Candidate> candidates, List<Problem> problems) {
    }

    Scan scan(ImportRequest request, Cancellation cancellation) {
        List<Candidate> candidates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path source : request.sources()) {
            if (cancellation.isCancelled()) {
                break;
            }
            Path abs = source.toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                walk(abs, request.folderPerClass(), candidates, problems, cancellation);
            } else if (!Files.exists(abs)) {
                problems.add(new Problem(abs.toString(), "no such file or folder"));
            } else if (!Files.isReadable(abs)) {
                problems.add(new Problem(abs.toString(), "cannot be read (permission denied)"));
            } else {
                // A file the user named explicitly is tried whatever its extension: content decides.
                candidates.add(new Candidate(abs, Optional.empty()));
            }
        }
        return new Scan(candidates, problems);
    }

    private void walk(Path root, boolean folderPerClass, List<Candidate> out, List<Problem> problems,
                      Cancellation cancellation) {
        List<Candidate> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (cancellation.isCancelled()) {
                        return FileVisitResult.TERMINATE;
                    }
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile() || isHidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!extensions.contains(extension(file))) {
                        problems.add(new Problem(file.toString(), "skipped: not " + kind + " file type"));
                    } else if (!Files.isReadable(file)) {
                        problems.add(new Problem(file.toString(), "cannot be read (permission denied)"));
                    } else {
                        found.add(new Candidate(file, folderPerClass ? classOf(root, file) : Optional.empty()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String reason = e instanceof FileSystemLoopException ? "a link that loops back to a parent folder"
                            : "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
                    problems.add(new Problem(file.toString(), reason));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(root.toString(), "cannot be read: " + e.getMessage()));
        }
        found.sort(Comparator.comparing(c -> c.file().toString()));
        out.addAll(found);
    }

    private static Optional<String> classOf(Path root, Path file) {
        Path relative = root.relativize(file);
        return relative.getNameCount() >= 2 ? Optional.of(relative.getName(0).toString()) : Optional.empty();
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
