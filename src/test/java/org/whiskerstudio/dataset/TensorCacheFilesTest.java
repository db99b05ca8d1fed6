package org.whiskerstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectLayout;

/** The caches forget removed images: usage, compaction (worth it or forced) and clearing. */
class TensorCacheFilesTest {
    private static final Preprocessing GREY_4 = new Preprocessing(4, 4, 1, ResizeMode.STRETCH);

    @TempDir
    Path temp;

    private ProjectLayout layout() {
        return new ProjectLayout(temp.resolve("project"));
    }

    private List<TensorCache.Item> cached(int count) throws Exception {
        List<TensorCache.Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] png = DatasetFixture.png(4, 4, new Color(i * 10, i * 10, i * 10));
            Path file = Files.write(temp.resolve("img" + i + ".png"), png);
            items.add(new TensorCache.Item(Hashes.sha256Hex(png), file));
        }
        // Two builds: two segments, the second holding the last half.
        TensorCache.open(layout(), GREY_4).build(items.subList(0, count / 2), 1, Progress.NONE, Cancellation.none());
        TensorCache.open(layout(), GREY_4).build(items, 1, Progress.NONE, Cancellation.none());
        return items;
    }

    private static Set<String> hashes(List<TensorCache.Item> items) {
        return items.stream().map(TensorCache.Item::sha256).collect(Collectors.toSet());
    }

    @Test
    void compactionDropsRemovedImagesAndKeepsTheBytesOfTheRest() throws Exception {
        List<TensorCache.Item> items = cached(10);
        TensorCache before = TensorCache.open(layout(), GREY_4);
        byte[] kept = new byte[GREY_4.size()];
        before.read(before.slot(items.get(7).sha256()).orElseThrow(), kept, 0);
        Set<String> live = hashes(items.subList(0, 6));

        TensorCacheFiles.Usage usage = TensorCacheFiles.usage(layout(), live).get(0);
        assertEquals(10, usage.records());
        assertEquals(4, usage.dead());
        assertEquals(2, usage.segments());

        TensorCacheFiles.Compaction done = TensorCacheFiles.compact(layout(), hashes(items.subList(0, 8)));

        assertEquals(2, done.recordsDropped());
        assertTrue(done.bytesFreed() > 0);
        TensorCache after = TensorCache.open(layout(), GREY_4);
        assertEquals(8, after.size());
        assertFalse(after.contains(items.get(9).sha256()));
        byte[] read = new byte[GREY_4.size()];
        after.read(after.slot(items.get(7).sha256()).orElseThrow(), read, 0);
        assertArrayEquals(kept, read, "a record that stays is copied exactly");
        // The cache a running training had open still reads what it mapped.
        before.read(before.slot(items.get(9).sha256()).orElseThrow(), read, 0);
    }

    @Test
    void upkeepWaitsUntilEnoughIsDead() throws Exception {
        List<TensorCache.Item> items = cached(20);

        TensorCacheFiles.tidy(layout(), hashes(items.subList(1, 20)));
        assertEquals(1, TensorCacheFiles.usage(layout(), hashes(items.subList(1, 20))).get(0).dead(),
                "one in twenty removed: not worth rewriting segments yet");

        TensorCacheFiles.tidy(layout(), hashes(items.subList(3, 20)));
        TensorCacheFiles.Usage usage = TensorCacheFiles.usage(layout(), hashes(items.subList(3, 20))).get(0);
        assertEquals(0, usage.dead());
        assertEquals(17, usage.records());
    }

    @Test
    void aFullyDeadSegmentIsDeletedAndClearFreesEverything() throws Exception {
        List<TensorCache.Item> items = cached(6);

        TensorCacheFiles.compact(layout(), hashes(items.subList(0, 3)));
        assertEquals(1, TensorCacheFiles.usage(layout(), hashes(items)).get(0).segments());

        assertTrue(TensorCacheFiles.clear(layout()) > 0);
        assertTrue(TensorCacheFiles.usage(layout(), hashes(items)).isEmpty());
        assertEquals(0, TensorCache.open(layout(), GREY_4).size());
    }
}
