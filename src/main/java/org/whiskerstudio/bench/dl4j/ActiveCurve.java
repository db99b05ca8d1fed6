package org.whiskerstudio.bench.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * One strategy's test accuracy against the number of labels, and the examples it had labelled by its last point, in
 * the order it labelled them.
 */
public record ActiveCurve(String strategy, List<Point> points, List<Integer> chosen) {
    /** Test accuracy after training on {@code labels} examples; {@code trainSeconds} is that round's training time. */
    public record Point(int labels, double accuracy, double trainSeconds) {
    }

    public ActiveCurve {
        points = List.copyOf(points);
        chosen = List.copyOf(chosen);
    }

    /** This curve with one more point, the labelled examples now being {@code chosenNow}. */
    public ActiveCurve with(Point point, List<Integer> chosenNow) {
        List<Point> more = new ArrayList<>(points);
        more.add(point);
        return new ActiveCurve(strategy, more, chosenNow);
    }

    /** The fewest labels at which this curve's accuracy is at least {@code accuracy}; empty if it never is. */
    public OptionalInt labelsToReach(double accuracy) {
        return points.stream().filter(p -> p.accuracy() >= accuracy).mapToInt(Point::labels).min();
    }

    /** The accuracy at the curve's last point (NaN for a curve without points). */
    public double lastAccuracy() {
        return points.isEmpty() ? Double.NaN : points.get(points.size() - 1).accuracy();
    }

    public int lastLabels() {
        return points.isEmpty() ? 0 : points.get(points.size() - 1).labels();
    }
}
