package org.whiskerstudio.dataset.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Windows of T characters with targets shifted by one, visited in a seeded order per epoch. */
class CharWindowsTest {
    private static final int[] SYMBOLS = IntStream.range(0, 41).toArray();

    @Test
    void aWindowPredictsEachNextSymbol() {
        CharWindows w = new CharWindows(SYMBOLS, 10, "text");

        assertEquals(4, w.count());
        assertEquals(20, w.input(2, 0));
        assertEquals(21, w.target(2, 0));
        assertEquals(29, w.input(2, 9));
        assertEquals(40, w.target(3, 9));
    }

    @Test
    void batchesCoverEveryWindowOnceInASeededOrder() {
        CharWindows w = new CharWindows(IntStream.range(0, 1001).toArray(), 10, "text");
        List<int[]> epoch0 = w.batches(42, 0, 32);

        assertEquals(4, epoch0.size());
        assertEquals(4, epoch0.get(3).length);
        int[] all = epoch0.stream().flatMapToInt(Arrays::stream).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 100).toArray(), all);
        assertArrayEquals(epoch0.get(0), w.batches(42, 0, 32).get(0));
        assertNotEquals(Arrays.toString(epoch0.get(0)), Arrays.toString(w.batches(42, 1, 32).get(0)));
    }
}
