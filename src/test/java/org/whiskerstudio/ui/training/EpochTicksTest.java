package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Epoch axes tick on whole numbers only. */
class EpochTicksTest {
    @Test
    void aFewEpochsTickEveryEpochFromTheFirst() {
        assertEquals(new EpochTicks(1, 5, 1), EpochTicks.forEpochs(5));
        assertEquals(new EpochTicks(1, 10, 1), EpochTicks.forEpochs(10));
    }

    @Test
    void oneEpochOrNoneStillSpansWholeNumbers() {
        assertEquals(new EpochTicks(0, 2, 1), EpochTicks.forEpochs(1));
        assertEquals(new EpochTicks(0, 2, 1), EpochTicks.forEpochs(0));
    }

    @Test
    void manyEpochsTickOnRoundMultiplesFromZero() {
        assertEquals(new EpochTicks(0, 12, 2), EpochTicks.forEpochs(11));
        assertEquals(new EpochTicks(0, 30, 5), EpochTicks.forEpochs(30));
        assertEquals(new EpochTicks(0, 100, 10), EpochTicks.forEpochs(100));
        assertEquals(new EpochTicks(0, 120, 20), EpochTicks.forEpochs(101));
        assertEquals(new EpochTicks(0, 1000, 100), EpochTicks.forEpochs(1000));
    }

    @Test
    void everyTickIsAWholeNumberAndAtMostTen() {
        for (int last = 0; last <= 5000; last++) {
            EpochTicks t = EpochTicks.forEpochs(last);
            assertEquals(0, (t.upper() - t.lower()) % t.unit(), "ticks end on the upper bound for " + last);
            assertEquals(true, (t.upper() - t.lower()) / t.unit() <= EpochTicks.MAX_TICKS, "few ticks for " + last);
            assertEquals(true, t.upper() >= last, "reaches the last epoch " + last);
        }
    }

    @Test
    void labelsShowWholeNumbersAndHideFractions() {
        assertEquals("3", EpochTicks.LABELS.toString(3));
        assertEquals("3", EpochTicks.LABELS.toString(3.0));
        assertEquals("", EpochTicks.LABELS.toString(2.5));
        assertEquals("", EpochTicks.LABELS.toString(Double.NaN));
        assertEquals(0, EpochTicks.LABELS.fromString(" 0 ").intValue());
    }
}
