package org.whiskerstudio.labelling;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.NewImage;
import org.whiskerstudio.project.ProjectStore;

/** A project with a few image rows (no files needed for labelling tests). */
public final class LabellingFixture {
    private LabellingFixture() {
    }

    public static ProjectStore projectWithImages(Path folder, int count) {
        ProjectStore store = ProjectStore.create(folder, "labelling");
        List<NewImage> images = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String hash = Hashes.sha256Hex(("image " + i).getBytes(StandardCharsets.UTF_8));
            images.add(new NewImage(hash, "img" + i + ".jpg", "images/" + hash + ".jpg", "/src/img" + i + ".jpg",
                    640, 480, "jpg", 1000, Optional.empty()));
        }
        store.addImages(images);
        return store;
    }

    public static long imageId(ProjectStore store, int index) {
        return store.images(ImageQuery.ALL).get(index).id();
    }
}
