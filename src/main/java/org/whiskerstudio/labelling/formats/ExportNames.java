package org.whiskerstudio.labelling.formats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * File names for images in an export that puts them all in one folder (VOC's JPEGImages, YOLO's images). Label
 * files are named by stem, so stems must differ, case-insensitively (Windows and macOS fold case): "a/cat.jpg" and
 * "b/cat.png" become "cat.jpg" and "2_cat.png". The first image keeps its name; later ones get the smallest free
 * number prefix, and no prefixed name takes a name another image has of its own.
 */
final class ExportNames {
    private ExportNames() {
    }

    /** One file name per image, in the same order; all stems distinct ignoring case. */
    static List<String> of(List<DatasetImage> images) {
        List<String> wanted = images.stream().map(i -> safe(i.fileName())).toList();
        Set<String> taken = new HashSet<>();
        wanted.forEach(name -> taken.add(key(name)));
        Set<String> given = new HashSet<>();
        List<String> names = new ArrayList<>(wanted.size());
        for (String name : wanted) {
            String chosen = name;
            for (int n = 2; given.contains(key(chosen)) || (!chosen.equals(name) && taken.contains(key(chosen))); n++) {
                chosen = n + "_" + name;
            }
            given.add(key(chosen));
            names.add(chosen);
        }
        return names;
    }

    /** The file name without its extension, as {@link DatasetImage#stem()} has it. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    private static String key(String fileName) {
        return stem(fileName).toLowerCase(Locale.ROOT);
    }

    /** A name that is one plain file on every system (dataset paths are untrusted text). */
    private static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.') ? "image" : cleaned;
    }
}
