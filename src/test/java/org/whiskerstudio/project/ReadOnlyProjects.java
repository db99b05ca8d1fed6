package org.whiskerstudio.project;

import java.io.IOException;
import java.nio.file.Path;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.testing.SmallDisk;

/** A small project (3 dark and 3 light images) on a disk then remounted read-only, as a read-only share gives it. */
public final class ReadOnlyProjects {
    private ReadOnlyProjects() {
    }

    /** Makes the project on {@code disk}, closes it cleanly and makes the disk read-only; returns its folder. */
    public static Path make(SmallDisk disk) throws IOException {
        Path project = disk.root().resolve("shelf");
        try (ProjectStore store = ProjectStore.create(project, "shelf")) {
            DatasetFixture.darkAndLight(store, 3, 8);
        }
        disk.remountReadOnly();
        return project;
    }
}
