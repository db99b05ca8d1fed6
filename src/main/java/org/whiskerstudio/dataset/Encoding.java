package org.whiskerstudio.dataset;

import java.util.Locale;
import org.whiskerstudio.project.sequences.MediaKind;

/**
 * How a stored example becomes numbers: an image's pixels, a series' values, or a text's characters or words, each
 * step one-hot (see {@link TextEncoder}). Part of {@link Preprocessing}, so the tensor cache, the run and the model
 * bundle all say which one a model was trained on.
 */
public enum Encoding {
    /** Image pixels, unsigned bytes scaled to [0, 1]. */
    PIXELS("image pixels"),
    /** A series' values as they are (standardised per feature by the normalisation); one step per row. */
    SERIES("series values, one step per row"),
    /** One step per character, one-hot over the fixed alphabet of {@link TextEncoder#ALPHABET}. */
    CHARACTERS("characters, one-hot over a fixed " + TextEncoder.ALPHABET_SIZE + "-symbol alphabet"),
    /** One step per word, one-hot over hashed word buckets (FNV-1a of the lower-cased word, mod the buckets). */
    WORDS("words, one-hot over hashed word buckets");

    private final String description;

    Encoding(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean isText() {
        return this == CHARACTERS || this == WORDS;
    }

    /** The media kind this encoding reads. */
    public MediaKind kind() {
        return switch (this) {
            case PIXELS -> MediaKind.IMAGE;
            case SERIES -> MediaKind.SERIES;
            case CHARACTERS, WORDS -> MediaKind.TEXT;
        };
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
