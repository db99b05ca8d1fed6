package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeriesDecimatorTest {

    @Test
    void shortSeriesIsKeptWhole() {
        SeriesDecimator d = new SeriesDecimator(100);
        for (int i = 1; i <= 50; i++) {
            d.add(i, i * 0.5);
        }
        List<ChartPoint> points = d.points();
        assertEquals(50, points.size());
        assertEquals(new ChartPoint(1, 0.5), points.get(0));
        assertEquals(new ChartPoint(50, 25), points.get(49));
    }

    @Test
    void hundredThousandStepsStayWithinTheBound() {
        SeriesDecimator d = new SeriesDecimator(600);
        Random random = new Random(1);
        for (int i = 1; i <= 100_000; i++) {
            d.add(i, random.nextDouble());
            if (i % 1000 == 0) {
                assertTrue(d.points().size() <= 600, "bounded at step " + i);
            }
        }
        int size = d.points().size();
        assertTrue(size <= 600 && size >= 300, "between half and all of the budget: " + size);
    }

    @Test
    void aSingleSpikeAndDipSurviveDecimation() {
        SeriesDecimator d = new SeriesDecimator(100);
        for (int i = 1; i <= 100_000; i++) {
            double y = i == 31_337 ? 50 : i == 77_777 ? -3 : 1;
            d.add(i, y);
        }
        List<ChartPoint> points = d.points();
        assertTrue(points.contains(new ChartPoint(31_337, 50)), "the spike is kept");
        assertTrue(points.contains(new ChartPoint(77_777, -3)), "the dip is kept");
        assertTrue(points.size() <= 100);
    }

    @Test
    void pointsStayInIncreasingXOrder() {
        SeriesDecimator d = new SeriesDecimator(64);
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            d.add(i, random.nextGaussian());
        }
        List<ChartPoint> points = d.points();
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).x() > points.get(i - 1).x(), "x increases at " + i);
        }
    }

    @Test
    void nanAndInfiniteLossesAreSkipped() {
        SeriesDecimator d = new SeriesDecimator(10);
        d.add(1, 0.5);
        d.add(2, Double.NaN);
        d.add(3, Double.POSITIVE_INFINITY);
        assertEquals(List.of(new ChartPoint(1, 0.5)), d.points());
    }

    @Test
    void clearStartsAfresh() {
        SeriesDecimator d = new SeriesDecimator(10);
        for (int i = 0; i < 1000; i++) {
            d.add(i, i);
        }
        d.clear();
        d.add(5000, 1);
        d.add(5001, 2);
        assertEquals(List.of(new ChartPoint(5000, 1), new ChartPoint(5001, 2)), d.points());
    }

    @Test
    void refusesABudgetTooSmallForAMinAndAMax() {
        assertThrows(IllegalArgumentException.class, () -> new SeriesDecimator(1));
    }
}
