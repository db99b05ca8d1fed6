package org.whiskerstudio.project;

import java.util.Optional;

/** An image ready to be recorded: its files are already in place under the project. */
public record NewImage(String sha256, String fileName, String storedPath, String sourcePath, int width, int height,
                       String format, long sizeBytes, Optional<String> className) {
}
