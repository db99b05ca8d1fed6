package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The COCO files a user's source holds, the folder image paths are relative to, and the folders (relative to
 * that root, ending in "/") where each file's images may be, in the order they are tried.
 */
record CocoSource(Path root, List<Part> parts) {
    private static final String PREFIX = "instances_";

    /** One annotation file: {@code split} comes from an "instances_train2017.json" name, NONE otherwise. */
    record Part(Path file, Split split, List<String> imageFolders) {
    }

    CocoSource {
        parts = List.copyOf(parts);
    }

    /**
     * Accepts a COCO JSON file (images beside it or in an images/ folder beside it), a standard layout's
     * annotations/instances_*.json file, or a folder holding annotations/instances_*.json or annotations.json.
     */
    static CocoSource of(Path source) throws FormatException, IOException {
        Path absolute = source.toAbsolutePath().normalize();
        if (Files.isRegularFile(absolute)) {
            return ofFile(absolute);
        }
        if (!Files.isDirectory(absolute)) {
            throw new NoSuchFileException(source.toString(), null, "no such COCO file or folder");
        }
        List<Path> instances = instanceFiles(absolute.resolve("annotations"));
        if (!instances.isEmpty()) {
            List<Part> parts = new ArrayList<>();
            for (Path file : instances) {
                parts.add(standardPart(absolute, file));
            }
            return new CocoSource(absolute, parts);
        }
        Path single = absolute.resolve("annotations.json");
        if (Files.isRegularFile(single)) {
            return ofFile(single);
        }
        throw new FormatException(source, "", "no COCO annotations found: expected annotations/instances_<split>.json"
                + " files or an annotations.json file in this folder");
    }

    private static CocoSource ofFile(Path file) {
        Path folder = file.getParent();
        boolean standard = folder.getFileName() != null && folder.getFileName().toString().equals("annotations")
                && isInstanceFile(file) && folder.getParent() != null;
        if (standard) {
            return new CocoSource(folder.getParent(), List.of(standardPart(folder.getParent(), file)));
        }
        return new CocoSource(folder, List.of(new Part(file, Split.NONE, existing(folder, List.of("", "images/")))));
    }

    private static Part standardPart(Path root, Path file) {
        String name = splitName(file);
        List<String> folders = List.of(name + "/", "images/" + name + "/", "images/", "");
        return new Part(file, splitOf(name), existing(root, folders));
    }

    private static List<Path> instanceFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(CocoSource::isInstanceFile)
                    .sorted(Comparator.comparingInt((Path file) -> order(splitOf(splitName(file))))
                            .thenComparing(file -> file.getFileName().toString()))
                    .toList();
        }
    }

    private static boolean isInstanceFile(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(".json") && name.length() > PREFIX.length() + 5;
    }

    /** "train2017" for instances_train2017.json. */
    private static String splitName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(PREFIX.length(), name.length() - ".json".length());
    }

    /** Our own names and the original COCO ones ("val2017") map to splits; anything else has none. */
    static Split splitOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Split split : List.of(Split.TRAIN, Split.VAL, Split.TEST)) {
            if (lower.startsWith(split.folderName())) {
                return split;
            }
        }
        return Split.NONE;
    }

    /** Train, val, test, then files of no known split ("instances_minival.json"). */
    private static int order(Split split) {
        return split == Split.NONE ? Split.values().length : split.ordinal();
    }

    /** Only folders that exist are worth a look for every image; the root ("") always does. */
    private static List<String> existing(Path root, List<String> folders) {
        return folders.stream().filter(f -> f.isEmpty() || Files.isDirectory(root.resolve(f))).toList();
    }
}
