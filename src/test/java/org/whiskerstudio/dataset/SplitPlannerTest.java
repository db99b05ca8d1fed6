package org.whiskerstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;

class SplitPlannerTest {
    @TempDir
    Path temp;

    private static Map<Long, Long> classOf(ProjectStore store) {
        Map<Long, Long> out = new HashMap<>();
        for (ImageAsset image : store.images(ImageQuery.ALL)) {
            if (image.classIds().size() == 1) {
                out.put(image.id(), image.classIds().get(0));
            }
        }
        return out;
    }

    private static Map<Subset, Integer> count(Map<Long, Subset> parts, List<Long> ids) {
        Map<Long, Subset> some = new HashMap<>();
        ids.forEach(id -> some.put(id, parts.get(id)));
        return SplitPlanner.countByPart(some);
    }

    @Test
    void splitIsStratifiedPerClassAtEightyTenTen() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            List<Long> cats = DatasetFixture.rows(store, "cat", 50, "cat");
            List<Long> dogs = DatasetFixture.rows(store, "dog", 30, "dog");
            Map<Long, Subset> parts = new SplitPlanner(store).ensureSplit(classOf(store));
            assertEquals(Map.of(Subset.TRAIN, 40, Subset.VALIDATION, 5, Subset.TEST, 5), count(parts, cats));
            assertEquals(Map.of(Subset.TRAIN, 24, Subset.VALIDATION, 3, Subset.TEST, 3), count(parts, dogs));
        }
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        Map<Long, Subset> first;
        Map<Long, Subset> second;
        Map<Long, Subset> other;
        try (ProjectStore a = ProjectStore.create(temp.resolve("a"), "a");
             ProjectStore b = ProjectStore.create(temp.resolve("b"), "b");
             ProjectStore c = ProjectStore.create(temp.resolve("c"), "c")) {
            for (ProjectStore store : List.of(a, b, c)) {
                DatasetFixture.rows(store, "cat", 40, "cat");
            }
            new SplitSettings(0.8, 0.1, 0.1, 7).saveTo(c);
            first = new SplitPlanner(a).ensureSplit(classOf(a));
            second = new SplitPlanner(b).ensureSplit(classOf(b));
            other = new SplitPlanner(c).ensureSplit(classOf(c));
        }
        assertEquals(first, second);
        assertTrue(!first.equals(other), "seed 7 should pick other images than seed 42");
    }

    @Test
    void addingImagesLeavesEarlierAssignmentsAsTheyWere() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            DatasetFixture.rows(store, "cat", 20, "cat");
            SplitPlanner planner = new SplitPlanner(store);
            Map<Long, Subset> before = planner.ensureSplit(classOf(store));
            List<Long> added = DatasetFixture.rows(store, "more", 20, "cat");
            Map<Long, Subset> after = planner.ensureSplit(classOf(store));
            before.forEach((id, part) -> assertEquals(part, after.get(id), "image " + id + " moved"));
            assertEquals(Map.of(Subset.TRAIN, 16, Subset.VALIDATION, 2, Subset.TEST, 2), count(after, added));
        }
    }

    @Test
    void datasetPartsAreKeptAndValidationIsDrawnFromTheDatasetTrainPart() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            List<Long> train = DatasetFixture.rows(store, "train", 45, "cat");
            List<Long> test = DatasetFixture.rows(store, "test", 5, "cat");
            Map<Long, Subset> given = new HashMap<>();
            train.forEach(id -> given.put(id, Subset.TRAIN));
            test.forEach(id -> given.put(id, Subset.TEST));
            new SubsetStore(store).recordFromDataset(given);
            Map<Long, Subset> parts = new SplitPlanner(store).ensureSplit(classOf(store));
            test.forEach(id -> assertEquals(Subset.TEST, parts.get(id)));
            assertEquals(Map.of(Subset.TRAIN, 40, Subset.VALIDATION, 5, Subset.TEST, 0), count(parts, train));
        }
    }

    @Test
    void replanForgetsPlannedPartsButKeepsTheDatasets() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            List<Long> fromDataset = DatasetFixture.rows(store, "test", 5, "cat");
            Map<Long, Subset> given = new HashMap<>();
            fromDataset.forEach(id -> given.put(id, Subset.TEST));
            new SubsetStore(store).recordFromDataset(given);
            DatasetFixture.rows(store, "cat", 30, "cat");
            SplitPlanner planner = new SplitPlanner(store);
            planner.ensureSplit(classOf(store));
            new SplitSettings(0.5, 0.5, 0, 42).saveTo(store);
            Map<Long, Subset> parts = planner.replan(classOf(store));
            fromDataset.forEach(id -> assertEquals(Subset.TEST, parts.get(id)));
            assertEquals(0, parts.entrySet().stream()
                    .filter(e -> !fromDataset.contains(e.getKey()) && e.getValue() == Subset.TEST).count());
        }
    }
}
