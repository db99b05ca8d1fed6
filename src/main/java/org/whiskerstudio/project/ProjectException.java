package org.whiskerstudio.project;

/** A project could not be created, opened or changed; the message is meant for the user. */
public class ProjectException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
