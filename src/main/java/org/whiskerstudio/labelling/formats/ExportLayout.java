package org.whiskerstudio.labelling.formats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where each image of an export goes: its split folder and a file name unique in that folder. Names are kept
 * unique by stem, ignoring case, because some formats name a label file after the image ("001.json" for both
 * 001.jpg and 001.png) and some file systems ignore case; a clash gets "-2", "-3" ... before the extension.
 */
final class ExportLayout {
    /** One image's place: {@code split} is NONE when the export has no splits. */
    record Placement(Split split, String fileName) {
        String stem() {
            int dot = fileName.lastIndexOf('.');
            return dot <= 0 ? fileName : fileName.substring(0, dot);
        }

        /** The path under an export's image folder: "001.jpg" or "train/001.jpg". */
        String relativePath() {
            return split == Split.NONE ? fileName : split.folderName() + "/" + fileName;
        }
    }

    private ExportLayout() {
    }

    /** True when any image carries a split; then images without one go to train. */
    static boolean usesSplits(List<DatasetImage> images) {
        return images.stream().anyMatch(image -> image.split() != Split.NONE);
    }

    /** The splits present, in train, val, test order; just NONE for an export without splits. */
    static List<Split> splits(List<Placement> placements) {
        return placements.stream().map(Placement::split).distinct().sorted().toList();
    }

    /** One placement per image, in the images' order. */
    static List<Placement> place(List<DatasetImage> images) {
        boolean splitting = usesSplits(images);
        Map<Split, Set<String>> takenStems = new EnumMap<>(Split.class);
        List<Placement> placements = new ArrayList<>(images.size());
        for (DatasetImage image : images) {
            Split split = splitting && image.split() == Split.NONE ? Split.TRAIN : image.split();
            Set<String> taken = takenStems.computeIfAbsent(split, s -> new HashSet<>());
            placements.add(new Placement(split, uniqueName(image.fileName(), taken)));
        }
        return placements;
    }

    private static String uniqueName(String fileName, Set<String> takenStems) {
        // "." and ".." would lead out of the export folder; no reader hands them out, but a caller might.
        String name = fileName.isBlank() || fileName.equals(".") || fileName.equals("..") ? "image" : fileName;
        int dot = name.lastIndexOf('.');
        String stem = dot <= 0 ? name : name.substring(0, dot);
        String extension = dot <= 0 ? "" : name.substring(dot);
        String candidate = stem;
        for (int n = 2; !takenStems.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + "-" + n;
        }
        return candidate + extension;
    }
}
