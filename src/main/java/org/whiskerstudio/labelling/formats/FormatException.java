package org.whiskerstudio.labelling.formats;

import java.nio.file.Path;

/**
 * A dataset file that cannot be read as its format says, with the file, the place in it and the reason, e.g.
 * {@code annotations/001.xml, <object> 3 <bndbox>: xmax "abc" is not a number}.
 */
public final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String place;
    private final String reason;

    public FormatException(Path file, String place, String reason) {
        super(file + (place.isEmpty() ? "" : ", " + place) + ": " + reason);
        this.file = file;
        this.place = place;
        this.reason = reason;
    }

    public FormatException(Path file, String place, String reason, Throwable cause) {
        this(file, place, reason);
        initCause(cause);
    }

    public Path file() {
        return file;
    }

    public String place() {
        return place;
    }

    public String reason() {
        return reason;
    }
}
