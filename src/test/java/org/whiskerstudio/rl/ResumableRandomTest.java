package org.whiskerstudio.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResumableRandomTest {

    @Test
    void drawsWhatSplittableRandomDrawsFromTheSameSeed() {
        for (long seed : new long[] {0, 1, -7, 0x5EED_4E71A7L}) {
            SplittableRandom jdk = new SplittableRandom(seed);
            ResumableRandom ours = new ResumableRandom(seed);
            for (int i = 0; i < 2_000; i++) {
                assertEquals(jdk.nextLong(), ours.nextLong());
                assertEquals(jdk.nextDouble(), ours.nextDouble());
                int bound = 1 + i % 9 + (i % 5 == 0 ? 1_000_003 : 0);
                assertEquals(jdk.nextInt(bound), ours.nextInt(bound), "bound " + bound);
                assertEquals(jdk.nextDouble(-0.05, 0.05), ours.nextDouble(-0.05, 0.05));
            }
        }
    }

    @Test
    void aStreamRebuiltFromItsStateGoesOnWithTheSameNumbers() {
        ResumableRandom first = new ResumableRandom(42);
        for (int i = 0; i < 37; i++) {
            first.nextInt(9);
        }
        ResumableRandom again = ResumableRandom.at(first.state());
        for (int i = 0; i < 100; i++) {
            assertEquals(first.nextLong(), again.nextLong());
        }
    }
}
