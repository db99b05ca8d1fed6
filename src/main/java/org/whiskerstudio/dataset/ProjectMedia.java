package org.whiskerstudio.dataset;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;

/** What a project's examples are: images, series or texts (the kind most of them are; an empty project is images). */
public final class ProjectMedia {
    private ProjectMedia() {
    }

    public static MediaKind kind(ProjectStore store) {
        return store.summary().kind();
    }

    /** The kind most of {@code examples} are (a screen's loaded list); images when there are none. */
    public static MediaKind kind(List<ImageAsset> examples) {
        Map<MediaKind, Integer> counts = new EnumMap<>(MediaKind.class);
        for (ImageAsset a : examples) {
            counts.merge(MediaKind.of(a.format()), 1, Integer::sum);
        }
        return MediaKind.most(counts);
    }
}
