package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.whiskerstudio.project.imports.ImageExtensions;
import org.whiskerstudio.labelling.Shape;

/**
 * Images in one sub-folder per class ({@code cat/001.jpg}, {@code dog/002.jpg}), as Keras and PyTorch
 * {@code ImageFolder} read them; optionally under {@code train/}, {@code val/} and {@code test/}.
 *
 * <p>Reading: each first-level folder is a class and every image below it (at any depth) is tagged with it; images
 * directly in the root, or in {@code _unlabelled/}, have no label. When the only first-level folders are
 * {@code train}, {@code val} (or {@code valid}, {@code validation}) and {@code test}, and one of them holds a
 * folder, they are splits with class folders inside. Hidden files and folders (".name") and files that are not
 * images (by extension: jpg, jpeg, png, bmp, gif, tif, tiff) are skipped. Sizes are not known (0).
 *
 * <p>Writing: only tags can be exported; regions have no place in this layout and are left out (and reported). An
 * image with several tags goes into each of its class folders, one without tags into {@code _unlabelled/}; two
 * images of one name in a folder become {@code name.jpg} and {@code name-2.jpg}. A class whose name cannot be a
 * folder name ("a/b", "..", ".hidden") is refused before anything is written. Label provenance goes to
 * {@code whisker_label_sources.csv} at the root ({@link LabelSourceSidecar}) and is read back from it.
 */
public final class FolderPerClassFormat implements AnnotationFormat {
    /** The folder for images without tags, on writing and reading. */
    public static final String UNLABELLED_FOLDER = "_unlabelled";


    /** Makes {@code link} a hard link to {@code existing}; seam for tests of the copy fallback. */
    @FunctionalInterface
    interface Linker {
        void link(Path link, Path existing) throws IOException;
    }

    private final boolean link;
    private final Linker linker;

    /** Exports copies of the images. */
    public FolderPerClassFormat() {
        this(false);
    }

    /**
     * @param link export hard links instead of copies (fast, no extra disk space), falling back to a copy where
     *             the file system cannot link, e.g. when the export is on another drive. A linked export shares
     *             its files with the project: editing one edits the other.
     */
    public FolderPerClassFormat(boolean link) {
        this(link, Files::createLink);
    }

    FolderPerClassFormat(boolean link, Linker linker) {
        this.link = link;
        this.linker = linker;
    }

    @Override
    public String id() {
        return "folders";
    }

    /** Folders hold tags only. */
    @Override
    public Optional<Shape.Region> written(Shape.Region region) {
        return Optional.empty();
    }

    @Override
    public String description() {
        return "Folder per class: one sub-folder of images per class, optionally under train/val/test (tags only)";
    }

    @Override
    public LabelledDataset read(Path source) throws FormatException, IOException {
        if (!Files.isDirectory(source)) {
            throw new FormatException(source, "", "not a folder; a folder-per-class dataset is a folder with one sub-folder per class");
        }
        Path root = source.toAbsolutePath().normalize();
        Set<String> classes = new TreeSet<>();
        List<DatasetImage> images = new ArrayList<>();
        List<Path> folders = visible(root).stream().filter(FolderPerClassFormat::isFolder).toList();
        if (isSplitLayout(folders)) {
            for (Path file : visible(root)) {
                if (isImage(file)) {
                    images.add(image(root, file, List.of(), Split.NONE));
                }
            }
            for (Path folder : folders) {
                readClasses(root, folder, splitNamed(folder), classes, images);
            }
        } else {
            readClasses(root, root, Split.NONE, classes, images);
        }
        return new LabelledDataset(root, List.copyOf(classes), LabelSourceSidecar.apply(root, images));
    }

    private static void readClasses(Path root, Path folder, Split split, Set<String> classes, List<DatasetImage> images)
            throws IOException {
        for (Path child : visible(folder)) {
            if (isImage(child)) {
                images.add(image(root, child, List.of(), split));
            } else if (isFolder(child)) {
                String name = child.getFileName().toString();
                List<String> tags = name.equals(UNLABELLED_FOLDER) ? List.of() : List.of(name);
                classes.addAll(tags);
                for (Path file : imagesBelow(child)) {
                    images.add(image(root, file, tags, split));
                }
            }
        }
    }

    private static DatasetImage image(Path root, Path file, List<String> tags, Split split) {
        String path = RelativePaths.of(root, file);
        return DatasetImage.read(path, 0, 0, tags, List.of()).withSplit(split);
    }

    /** train/val/test with class folders inside: every first-level folder is a split, and some split has a folder. */
    private static boolean isSplitLayout(List<Path> folders) throws IOException {
        if (folders.isEmpty() || !folders.stream().allMatch(f -> splitNamed(f) != Split.NONE)) {
            return false;
        }
        for (Path folder : folders) {
            if (visible(folder).stream().anyMatch(FolderPerClassFormat::isFolder)) {
                return true;
            }
        }
        return false;
    }

    private static Split splitNamed(Path folder) {
        return switch (folder.getFileName().toString().toLowerCase(Locale.ROOT)) {
            case "train" -> Split.TRAIN;
            case "val", "valid", "validation" -> Split.VAL;
            case "test" -> Split.TEST;
            default -> Split.NONE;
        };
    }

    /** Images at any depth below {@code folder}, skipping hidden ones; folder links are not followed (no loops). */
    private static List<Path> imagesBelow(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path child : visible(folder)) {
            if (isImage(child)) {
                found.add(child);
            } else if (isFolder(child)) {
                found.addAll(imagesBelow(child));
            }
        }
        return found;
    }

    /** The entries of {@code folder} not starting with ".", sorted by name so reads are repeatable. */
    private static List<Path> visible(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    private static boolean isFolder(Path path) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isImage(Path path) {
        return ImageExtensions.named(path) && Files.isRegularFile(path);
    }

    @Override
    public void write(LabelledDataset dataset, Path out) throws IOException {
        List<Placement> placements = plan(dataset.images());
        DatasetFiles.prepareEmptyFolder(out);
        List<LabelSourceSidecar.Row> sources = new ArrayList<>();
        for (Placement placement : placements) {
            place(placement.image(), out.resolve(placement.target()));
            Optional.ofNullable(placement.image().tagSources().get(placement.folder())).ifPresent(source ->
                    sources.add(new LabelSourceSidecar.Row(placement.target(), LabelSourceSidecar.TAG,
                            placement.folder(), source)));
        }
        LabelSourceSidecar.write(out, sources);
    }

    /** An image and one place it goes (in the folder of one of its classes), relative to the export folder. */
    private record Placement(DatasetImage image, String folder, String target) {
    }

    /** Every file to write, worked out (and every class name checked) before the first one is written. */
    private static List<Placement> plan(List<DatasetImage> images) throws IOException {
        UniqueNames names = new UniqueNames();
        List<Placement> placements = new ArrayList<>();
        for (DatasetImage image : images) {
            String name = image.fileName();
            if (name.isBlank() || name.equals(".") || name.equals("..")) {
                throw new IOException("cannot export image \"" + image.path() + "\": it has no file name");
            }
            Set<String> folders = new LinkedHashSet<>(image.tags());
            for (String folder : folders) {
                requireFolderName(folder);
            }
            if (folders.isEmpty()) {
                folders.add(UNLABELLED_FOLDER);
            }
            String prefix = image.split() == Split.NONE ? "" : image.split().folderName() + "/";
            for (String folder : folders) {
                placements.add(new Placement(image, folder, names.claim(prefix + folder + "/" + name)));
            }
        }
        return placements;
    }

    private static void requireFolderName(String className) throws IOException {
        Optional<String> problem = folderNameProblem(className);
        if (problem.isPresent()) {
            throw new IOException("cannot export class \"" + className + "\" as a folder: " + problem.get()
                    + "; rename the class first");
        }
    }

    private static Optional<String> folderNameProblem(String className) {
        if (className.isBlank()) {
            return Optional.of("the name is blank");
        }
        if (className.startsWith(".")) {
            return Optional.of("a folder starting with \".\" is hidden or special");
        }
        if (className.contains("/") || className.contains("\\") || className.indexOf('\0') >= 0) {
            return Optional.of("the name holds a slash or a NUL character");
        }
        if (className.equalsIgnoreCase(UNLABELLED_FOLDER)) {
            return Optional.of(UNLABELLED_FOLDER + " is the folder for images without a class");
        }
        return Optional.empty();
    }

    private void place(DatasetImage image, Path target) throws IOException {
        if (link && image.file().isPresent()) {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try {
                linker.link(target, image.file().get());
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // Another drive, or a file system without hard links: a copy is what the user gets instead.
            }
        }
        DatasetFiles.copyImage(image, target);
    }
}
