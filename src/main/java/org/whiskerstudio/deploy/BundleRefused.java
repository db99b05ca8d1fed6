package org.whiskerstudio.deploy;

import java.io.IOException;

/** A model bundle that was not opened, with the file and the reason in the message. */
public final class BundleRefused extends IOException {
    public BundleRefused(String message) {
        super(message);
    }

    public BundleRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
