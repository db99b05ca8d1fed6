package org.whiskerstudio.project;

import java.time.Instant;
import java.util.List;

/**
 * One image of a project.
 *
 * @param storedPath path of the stored copy, relative to the project root
 * @param fileName   the name it was imported under (shown and searched)
 * @param classIds   ids of the classes it carries (as tags, boxes or polygons), in id order
 */
public record ImageAsset(long id, String sha256, String fileName, String storedPath, int width, int height,
                         String format, long sizeBytes, Instant importedAt, List<Long> classIds) {
    public ImageAsset {
        classIds = List.copyOf(classIds);
    }

    public boolean isLabelled() {
        return !classIds.isEmpty();
    }
}
