package org.whiskerstudio.dataset;

/** A stored image that cannot become a training example; the message says what is wrong, in words. */
public final class ImageUnreadable extends Exception {
    public ImageUnreadable(String reason) {
        super(reason);
    }

    public ImageUnreadable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
