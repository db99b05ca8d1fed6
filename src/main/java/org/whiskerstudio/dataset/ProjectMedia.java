package org.whiskerstudio.dataset;

import java.util.EnumMap;
import java.util.Map;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;

/** What a project's examples are: images, series or texts (the kind most of them are; an empty project is images). */
public final class ProjectMedia {
    private ProjectMedia() {
    }

    public static MediaKind kind(ProjectStore store) {
        Map<MediaKind, Integer> counts = new EnumMap<>(MediaKind.class);
        for (ImageAsset a : store.images(ImageQuery.ALL)) {
            counts.merge(MediaKind.of(a.format()), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(MediaKind.IMAGE);
    }
}
