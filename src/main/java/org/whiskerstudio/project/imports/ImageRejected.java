package org.whiskerstudio.project.imports;

/** A file that cannot become a project image; the message says why, in plain words. */
public final class ImageRejected extends Exception {
    private static final long serialVersionUID = 1L;

    public ImageRejected(String reason) {
        super(reason);
    }

    public ImageRejected(String reason, Throwable cause) {
        super(reason, cause);
    }
}
