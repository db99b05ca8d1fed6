package org.whiskerstudio.project.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ClassCount;
import org.whiskerstudio.project.ProjectStore;

class SampleProjectsTest {
    @TempDir
    Path dir;

    @Test
    void fashionSampleKeepsItsTestImagesAsTheTestSubset() throws Exception {
        SampleProjects.Sample fashion = SampleProjects.ALL.stream().filter(s -> s.id().equals("fashion")).findFirst().orElseThrow();
        Path folder = SampleProjects.materialise(fashion, dir, Progress.NONE, new Cancellation());
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals(4000, store.imageCount());
            assertEquals(10, store.labelClasses().size());
            Map<String, Integer> subsets = store.read(c -> {
                Map<String, Integer> counts = new LinkedHashMap<>();
                try (var s = c.createStatement();
                     var rs = s.executeQuery("SELECT subset, origin, COUNT(*) FROM image_subset GROUP BY subset, origin ORDER BY subset")) {
                    while (rs.next()) {
                        counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
                    }
                }
                return counts;
            });
            assertEquals(Map.of("test/dataset", 1000, "train/dataset", 3000), subsets);
            for (ClassCount count : store.summary().classes()) {
                assertEquals(400, count.images(), count.toString());
            }
        }
        assertTrue(Files.isRegularFile(folder.resolve("NOTICE.md")));
    }
}
