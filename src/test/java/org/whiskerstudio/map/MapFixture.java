package org.whiskerstudio.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ProjectStore;

/** Projects whose examples fall in three colour groups (red, green, blue), unlabelled: their map has three islands. */
public final class MapFixture {
    public static final Color[] GROUPS = {new Color(220, 30, 30), new Color(30, 200, 40), new Color(30, 40, 220)};

    private MapFixture() {
    }

    /** {@code perGroup} unlabelled 12x12 images per colour group; returns their ids, group by group. */
    public static List<List<Long>> threeGroups(ProjectStore store, int perGroup) {
        List<List<Long>> ids = new ArrayList<>();
        for (Color base : GROUPS) {
            List<Long> group = new ArrayList<>();
            for (int i = 0; i < perGroup; i++) {
                // Each image a slightly different shade, so no two files share a hash.
                Color shade = new Color(clamp(base.getRed() + i), clamp(base.getGreen() - i), clamp(base.getBlue() + i / 2));
                group.add(DatasetFixture.unlabelledFile(store, DatasetFixture.png(12, 12, shade)));
            }
            ids.add(group);
        }
        return ids;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
