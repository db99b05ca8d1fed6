package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.map.MapFixture;
import org.whiskerstudio.map.MapLabelling;
import org.whiskerstudio.project.ProjectStore;

/** {@code whisker map}: the project's map as CSV, with labels and k-means clusters. */
class MapCommandTest {
    @TempDir
    Path temp;

    @Test
    void writesOneRowPerExampleWithPlaceLabelAndCluster() throws Exception {
        Path project = temp.resolve("p");
        List<List<Long>> groups;
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            groups = MapFixture.threeGroups(store, 8);
            store.ensureLabelClass("red, warm");
            MapLabelling.label(new AnnotationStore(store), groups.get(0), "red, warm").orElseThrow().execute();
            assertEquals(8, CurrentLabels.of(store).size());
        }
        Path csv = temp.resolve("map.csv");
        PredictCommandTest.Run r = PredictCommandTest.run("map", project.toString(), "--clusters", "3", "--out",
                csv.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Mapped 24 examples by Descriptor (no run)"), r.out());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("id,file,x,y,label,cluster", lines.get(0));
        assertEquals(25, lines.size());
        List<String> reds = lines.stream().filter(l -> l.contains("\"red, warm\"")).toList();
        assertEquals(8, reds.size(), "labels are quoted when they hold a comma");
        Set<String> redClusters = reds.stream().map(l -> l.substring(l.lastIndexOf(',') + 1)).collect(Collectors.toSet());
        assertEquals(1, redClusters.size(), "one colour group, one cluster: " + redClusters);

        PredictCommandTest.Run suggested = PredictCommandTest.run("map", project.toString(), "--out", csv.toString());
        assertEquals(0, suggested.exit(), suggested.err());
        assertTrue(suggested.out().contains("3 clusters (suggested)"), suggested.out());
    }

    @Test
    void aRunSourceNeedsARun() {
        PredictCommandTest.Run r = PredictCommandTest.run("map", temp.toString(), "--source", "run", "--out",
                temp.resolve("m.csv").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--source run needs --run N"), r.err());
    }
}
