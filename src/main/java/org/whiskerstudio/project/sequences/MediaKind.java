package org.whiskerstudio.project.sequences;

import java.util.Locale;

/**
 * What a stored example is, read from its {@code format} column: an image (png, jpeg, ...), a numeric series or a
 * text. The {@code width}/{@code height} columns hold a series' features/steps and a text's characters/lines.
 */
public enum MediaKind {
    IMAGE,
    SERIES,
    TEXT;

    /** The {@code format} value of a stored series ({@code images/<sha256>.csv}, see {@link Series}). */
    public static final String SERIES_FORMAT = "series";
    /** The {@code format} value of a stored text ({@code images/<sha256>.txt}, UTF-8, see {@link TextExample}). */
    public static final String TEXT_FORMAT = "text";

    public static MediaKind of(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case SERIES_FORMAT -> SERIES;
            case TEXT_FORMAT -> TEXT;
            default -> IMAGE;
        };
    }

    /** The kind most of the counted examples are (the first kind on a tie); an image when none is counted. */
    public static MediaKind most(java.util.Map<MediaKind, Integer> counts) {
        MediaKind most = IMAGE;
        int best = 0;
        for (MediaKind kind : values()) {
            int n = counts.getOrDefault(kind, 0);
            if (n > best) {
                most = kind;
                best = n;
            }
        }
        return most;
    }

    /** One example in words: "image", "series", "text". */
    public String singular() {
        return switch (this) {
            case IMAGE -> "image";
            case SERIES -> "series";
            case TEXT -> "text";
        };
    }

    /** Several in words: "images", "series", "texts". */
    public String plural() {
        return this == SERIES ? "series" : singular() + "s";
    }

    /** "1 image", "1,885 series", "12 texts". */
    public String count(long n) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular() : plural());
    }

    /** The stored file's extension. */
    public static String extension(String format) {
        return switch (of(format)) {
            case SERIES -> "csv";
            case TEXT -> "txt";
            case IMAGE -> format.toLowerCase(Locale.ROOT);
        };
    }
}
