package org.whiskerstudio.project;

import java.nio.file.Path;

/** Where things live inside a project folder. */
public record ProjectLayout(Path root) {
    public static final String DB_FILE = "project.db";

    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path database() {
        return root.resolve(DB_FILE);
    }

    public Path images() {
        return root.resolve("images");
    }

    public Path runs() {
        return root.resolve("runs");
    }

    public Path thumbnails() {
        return root.resolve("cache").resolve("thumbs");
    }

    /** The stored copy of an image: content-hash names, fanned out by the first two hex digits. */
    public Path storedImage(String sha256, String extension) {
        return images().resolve(sha256.substring(0, 2)).resolve(sha256 + "." + extension);
    }

    public Path thumbnail(String sha256) {
        return thumbnails().resolve(sha256.substring(0, 2)).resolve(sha256 + ".jpg");
    }

    /** Resolves a path stored in the database (always relative, with forward slashes) against the root. */
    public Path resolveStored(String relative) {
        return root.resolve(relative);
    }

    public String relativize(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
