package org.whiskerstudio.labelling.formats;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out export paths so that no two images land on one file: a taken "cat/001.jpg" becomes "cat/001-2.jpg".
 * Paths compare ignoring case, since Windows and macOS file systems do.
 */
final class UniqueNames {
    private final Set<String> taken = new HashSet<>();

    /** {@code path} ("folder/name.ext") if still free, else the first free "folder/name-N.ext" from N = 2. */
    String claim(String path) {
        if (taken.add(key(path))) {
            return path;
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        boolean hasExtension = dot > slash + 1;
        String stem = hasExtension ? path.substring(0, dot) : path;
        String extension = hasExtension ? path.substring(dot) : "";
        for (int n = 2; ; n++) {
            String candidate = stem + "-" + n + extension;
            if (taken.add(key(candidate))) {
                return candidate;
            }
        }
    }

    private static String key(String path) {
        return path.toLowerCase(Locale.ROOT);
    }
}
