package org.whiskerstudio.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ImageRemoval;
import org.whiskerstudio.project.ProjectStore;

/** Maps made, cached per source, read back while the examples stay, and made again once they change. */
class MapServiceTest {
    @TempDir
    Path temp;

    /** The descriptor, counting its calls. */
    private final AtomicInteger described = new AtomicInteger();
    private final Embedder counting = (store, examples, progress, cancel) -> {
        described.incrementAndGet();
        return new DescriptorEmbedder().embed(store, examples, progress, cancel);
    };

    @Test
    void aDescriptorMapPlacesEveryExampleAndKeepsTheColourGroupsApart() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            List<List<Long>> groups = MapFixture.threeGroups(store, 12);
            ProjectMap map = new MapService(counting, id -> fail()).map(store, new EmbeddingSource.Descriptor(),
                    Progress.NONE, new Cancellation()).orElseThrow();
            assertEquals(36, map.size());
            assertEquals(Reduction.DIMENSIONS, map.features()[0].length, "reduced by PCA");
            int[] truth = new int[map.size()];
            for (int i = 0; i < map.size(); i++) {
                long id = map.imageIds()[i];
                truth[i] = groups.get(0).contains(id) ? 0 : groups.get(1).contains(id) ? 1 : 2;
            }
            assertEquals(1.0, MapMetrics.oneNearestNeighbour(map.xs(), map.ys(), truth), 1e-9,
                    "each point's nearest neighbour in 2-D is of its own colour");
        }
    }

    @Test
    void theCachedMapIsReadBackUntilAnExampleIsAddedOrRemoved() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            MapFixture.threeGroups(store, 8);
            MapService service = new MapService(counting, id -> fail());
            EmbeddingSource source = new EmbeddingSource.Descriptor();
            ProjectMap first = service.map(store, source, Progress.NONE, new Cancellation()).orElseThrow();
            ProjectMap again = service.map(store, source, Progress.NONE, new Cancellation()).orElseThrow();
            assertEquals(1, described.get(), "the second map came from the cache");
            assertArrayEquals(first.imageIds(), again.imageIds());
            assertArrayEquals(first.xs(), again.xs());
            assertArrayEquals(first.features()[3], again.features()[3]);
            assertTrue(Files.isRegularFile(new MapCache(store.layout()).file("descriptor")));

            long added = DatasetFixture.unlabelledFile(store, DatasetFixture.png(12, 12, Color.YELLOW));
            ProjectMap withNew = service.map(store, source, Progress.NONE, new Cancellation()).orElseThrow();
            assertEquals(2, described.get(), "an added example invalidates the cached map");
            assertEquals(first.size() + 1, withNew.size());

            ImageRemoval.remove(store, added);
            ProjectMap without = service.map(store, source, Progress.NONE, new Cancellation()).orElseThrow();
            assertEquals(3, described.get(), "so does a removed one");
            assertEquals(first.size(), without.size());
            assertArrayEquals(first.xs(), without.xs(), "the layout is seeded: the same examples, the same map");
        }
    }

    @Test
    void aRunSourceAsksTheRunEngineAndIsCachedApart() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            MapFixture.threeGroups(store, 8);
            List<Long> asked = new ArrayList<>();
            MapService service = new MapService(counting, runId -> (s, examples, progress, cancel) -> {
                asked.add(runId);
                long[] ids = examples.stream().mapToLong(e -> e.id()).toArray();
                float[][] vectors = new float[ids.length][];
                for (int i = 0; i < ids.length; i++) {
                    vectors[i] = new float[] {i % 3, i % 3 * 2f, (float) Math.sin(i)};
                }
                return Optional.of(new Embeddings(ids, vectors, List.of("one note")));
            });
            ProjectMap byRun = service.map(store, new EmbeddingSource.Run(7), Progress.NONE, new Cancellation())
                    .orElseThrow();
            assertEquals(List.of(7L), asked);
            assertEquals(0, described.get());
            assertEquals("run-7", byRun.sourceKey());
            assertEquals(List.of("one note"), byRun.notes());
            assertEquals(3, byRun.features()[0].length, "three dimensions need no reduction");
            service.map(store, new EmbeddingSource.Descriptor(), Progress.NONE, new Cancellation()).orElseThrow();
            service.map(store, new EmbeddingSource.Run(7), Progress.NONE, new Cancellation()).orElseThrow();
            assertEquals(List.of(7L), asked, "each source keeps its own cached map");
        }
    }

    @Test
    void aCancelledMapIsNeitherReturnedNorCached() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            MapFixture.threeGroups(store, 4);
            Cancellation cancelled = new Cancellation();
            cancelled.cancel();
            assertTrue(new MapService(counting, id -> fail()).map(store, new EmbeddingSource.Descriptor(),
                    Progress.NONE, cancelled).isEmpty());
            assertTrue(Files.notExists(new MapCache(store.layout()).file("descriptor")));
        }
    }

    @Test
    void aDamagedCacheFileReadsAsAbsent() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            MapFixture.threeGroups(store, 4);
            MapService service = new MapService(counting, id -> fail());
            service.map(store, new EmbeddingSource.Descriptor(), Progress.NONE, new Cancellation()).orElseThrow();
            Path file = new MapCache(store.layout()).file("descriptor");
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            ProjectMap map = service.map(store, new EmbeddingSource.Descriptor(), Progress.NONE, new Cancellation())
                    .orElseThrow();
            assertEquals(12, map.size());
            assertEquals(2, described.get(), "made again from the examples");
        }
    }

    private static Embedder fail() {
        throw new AssertionError("no run engine expected");
    }
}
