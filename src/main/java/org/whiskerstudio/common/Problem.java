package org.whiskerstudio.common;

/** Something wrong with one input (a file, usually), said so a person can act on it. */
public record Problem(String source, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
