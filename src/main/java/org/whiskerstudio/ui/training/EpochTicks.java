package org.whiskerstudio.ui.training;

import javafx.util.StringConverter;

/**
 * An epoch axis: epochs are whole numbers, so its ticks fall on whole numbers (1, 2, 3 ... or 0, 5, 10 ...) and
 * never read 2.5. Pure arithmetic, shared by the accuracy and compare charts.
 *
 * @param lower the first tick
 * @param upper the last tick, at or past the last epoch
 * @param unit  the step between ticks, a whole number
 */
record EpochTicks(int lower, int upper, int unit) {
    /** At most this many ticks fit a chart a few hundred pixels wide. */
    static final int MAX_TICKS = 10;

    /** Labels whole numbers as they are and anything in between as nothing. */
    static final StringConverter<Number> LABELS = new StringConverter<>() {
        @Override
        public String toString(Number n) {
            return label(n);
        }

        @Override
        public Number fromString(String s) {
            return Integer.valueOf(s.trim());
        }
    };

    /**
     * The axis for epochs 1..{@code lastEpoch}: unit 1 from epoch 1 while ten ticks suffice, else a unit of 2, 5,
     * 10, 20, 50 ... from 0 so the ticks read 0, 5, 10 rather than 1, 6, 11. Fewer than 2 epochs still spans 0..2
     * so a single point does not sit on the edge.
     */
    static EpochTicks forEpochs(int lastEpoch) {
        int last = Math.max(2, lastEpoch);
        if (last <= MAX_TICKS) {
            return lastEpoch < 2 ? new EpochTicks(0, 2, 1) : new EpochTicks(1, last, 1);
        }
        int unit = unitFor(last);
        return new EpochTicks(0, (last + unit - 1) / unit * unit, unit);
    }

    /** The smallest of 1, 2, 5, 10, 20, 50 ... that covers 0..{@code span} in at most {@link #MAX_TICKS} steps. */
    static int unitFor(int span) {
        long unit = 1;
        int[] steps = {1, 2, 5};
        for (int i = 0; ; i++) {
            long candidate = steps[i % 3] * unit;
            if ((span + candidate - 1) / candidate <= MAX_TICKS) {
                return (int) candidate;
            }
            if (i % 3 == 2) {
                unit *= 10;
            }
        }
    }

    /** "3" for 3 or 3.0; "" for 2.5, which no epoch is. */
    static String label(Number n) {
        if (n == null) {
            return "";
        }
        double v = n.doubleValue();
        return Double.isFinite(v) && Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : "";
    }
}
