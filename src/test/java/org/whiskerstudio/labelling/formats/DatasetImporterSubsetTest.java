package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.dataset.SubsetStore;
import org.whiskerstudio.project.ProjectStore;

class DatasetImporterSubsetTest {
    @TempDir
    Path temp;

    private static void idx(Path dir, String prefix, int count, int seed) throws IOException {
        ByteArrayOutputStream images = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(images);
        out.writeInt(IdxFormat.IMAGES_MAGIC);
        out.writeInt(count);
        out.writeInt(2);
        out.writeInt(2);
        for (int i = 0; i < count * 4; i++) {
            out.writeByte(seed + i);
        }
        Files.write(dir.resolve(prefix + "-images-idx3-ubyte"), images.toByteArray());
        ByteArrayOutputStream labels = new ByteArrayOutputStream();
        DataOutputStream l = new DataOutputStream(labels);
        l.writeInt(IdxFormat.LABELS_MAGIC);
        l.writeInt(count);
        for (int i = 0; i < count; i++) {
            l.writeByte(i % 2);
        }
        Files.write(dir.resolve(prefix + "-labels-idx1-ubyte"), labels.toByteArray());
    }

    @Test
    void idxTrainAndTestFilesBecomeStoredDatasetSubsets() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("mnist"));
        idx(dir, "train", 3, 0);
        idx(dir, "t10k", 2, 100);
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            new DatasetImporter(store).importLabels(new IdxFormat(), dir, Progress.NONE, Cancellation.none());
            Map<Long, SubsetStore.Assignment> parts = new SubsetStore(store).all();
            assertEquals(5, parts.size());
            assertEquals(Map.of(Subset.TRAIN, 3L, Subset.TEST, 2L), parts.values().stream()
                    .collect(Collectors.groupingBy(SubsetStore.Assignment::subset, Collectors.counting())));
            assertEquals(5, parts.values().stream().filter(a -> a.origin() == SubsetStore.Origin.DATASET).count());
        }
    }
}
