package org.whiskerstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.common.Progress;

class TensorCacheTest {
    private static final Preprocessing GREY_4 = new Preprocessing(4, 4, 1, ResizeMode.STRETCH);

    @TempDir
    Path temp;

    private List<TensorCache.Item> images(int count) throws Exception {
        List<TensorCache.Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] png = DatasetFixture.png(4, 4, new Color(i * 20, i * 20, i * 20));
            Path file = Files.write(temp.resolve("img" + i + ".png"), png);
            items.add(new TensorCache.Item(Hashes.sha256Hex(png), file));
        }
        return items;
    }

    private static byte[] read(TensorCache cache, String sha256) {
        byte[] out = new byte[GREY_4.size()];
        cache.read(cache.slot(sha256).orElseThrow(), out, 0);
        return out;
    }

    @Test
    void aSecondBuildFromDiskDecodesNothingAndReadsTheSameBytes() throws Exception {
        List<TensorCache.Item> items = images(5);
        Path folder = temp.resolve("cache");
        TensorCache.BuildReport first = TensorCache.open(folder, GREY_4).build(items, 2, Progress.NONE, Cancellation.none());
        assertEquals(5, first.decoded());
        TensorCache reopened = TensorCache.open(folder, GREY_4);
        TensorCache.BuildReport second = reopened.build(items, 2, Progress.NONE, Cancellation.none());
        assertEquals(0, second.decoded());
        assertEquals(5, second.reused());
        byte[] expected = new byte[16];
        Arrays.fill(expected, (byte) 60);
        assertArrayEquals(expected, read(reopened, items.get(3).sha256()));
    }

    @Test
    void onlyMissingImagesAreDecodedWhenMoreAreAdded() throws Exception {
        List<TensorCache.Item> items = images(6);
        Path folder = temp.resolve("cache");
        TensorCache.open(folder, GREY_4).build(items.subList(0, 4), 1, Progress.NONE, Cancellation.none());
        TensorCache.BuildReport more = TensorCache.open(folder, GREY_4).build(items, 1, Progress.NONE, Cancellation.none());
        assertEquals(2, more.decoded());
        assertEquals(4, more.reused());
    }

    @Test
    void aHalfWrittenTempFileOrTruncatedSegmentIsNeverRead() throws Exception {
        List<TensorCache.Item> items = images(3);
        Path folder = temp.resolve("cache");
        TensorCache.open(folder, GREY_4).build(items, 1, Progress.NONE, Cancellation.none());
        Path segment;
        try (Stream<Path> files = Files.list(folder)) {
            segment = files.filter(f -> f.getFileName().toString().startsWith("segment-")).findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(segment);
        // What a killed build leaves: a temp file with records but no footer, and a segment cut short.
        Files.write(folder.resolve(".segment-123.tmp"), Arrays.copyOf(whole, 40));
        Files.write(segment, Arrays.copyOf(whole, whole.length - 7));
        TensorCache reopened = TensorCache.open(folder, GREY_4);
        assertEquals(0, reopened.size());
        TensorCache.BuildReport rebuilt = reopened.build(items, 1, Progress.NONE, Cancellation.none());
        assertEquals(3, rebuilt.decoded());
        assertEquals(3, TensorCache.open(folder, GREY_4).size());
    }

    @Test
    void aCorruptImageIsReportedByFileNameAndTheOthersAreCached() throws Exception {
        List<TensorCache.Item> items = new ArrayList<>(images(2));
        Path bad = Files.write(temp.resolve("broken-photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1});
        items.add(new TensorCache.Item(Hashes.sha256Hex(new byte[] {1}), bad));
        TensorCache cache = TensorCache.open(temp.resolve("cache"), GREY_4);
        TensorCache.BuildReport report = cache.build(items, 2, Progress.NONE, Cancellation.none());
        assertEquals(2, report.decoded());
        assertEquals(1, report.problems().size());
        assertTrue(report.problems().get(0).source().endsWith("broken-photo.jpg"), report.problems().toString());
        assertFalse(cache.contains(items.get(2).sha256()));
    }

    @Test
    void aCancelledBuildKeepsWhatItDecoded() throws Exception {
        List<TensorCache.Item> items = images(8);
        Cancellation cancellation = new Cancellation();
        Path folder = temp.resolve("cache");
        TensorCache.BuildReport report = TensorCache.open(folder, GREY_4).build(items, 1, (done, total, message) -> {
            if (done == 2) {
                cancellation.cancel();
            }
        }, cancellation);
        assertTrue(report.cancelled());
        assertEquals(report.decoded(), TensorCache.open(folder, GREY_4).size());
        assertTrue(report.decoded() >= 2 && report.decoded() < 8, "decoded " + report.decoded());
    }
}
