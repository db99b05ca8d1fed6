package org.whiskerstudio.project;

import java.time.Instant;
import java.util.List;

/**
 * One image of a project.
 *
 * @param storedPath path of the stored copy, relative to the project root
 * @param fileName   the name it was imported under (shown and searched)
 * @param tagClassIds ids of the classes it is tagged with, in class order
 */
public record ImageAsset(long id, String sha256, String fileName, String storedPath, int width, int height,
                         String format, long sizeBytes, Instant importedAt, List<Long> tagClassIds) {
    public ImageAsset {
        tagClassIds = List.copyOf(tagClassIds);
    }

    public boolean isLabelled() {
        return !tagClassIds.isEmpty();
    }
}
