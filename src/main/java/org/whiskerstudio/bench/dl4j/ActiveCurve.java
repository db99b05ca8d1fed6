package org.whiskerstudio.bench.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

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

    /**
     * The mean of one strategy's curves from several seeds: at each number of labels all of them reached, the mean
     * accuracy and mean training time; no labelled examples (each seed chose its own).
     */
    public static ActiveCurve mean(List<ActiveCurve> seeds) {
        if (seeds.isEmpty() || seeds.stream().anyMatch(c -> !c.strategy().equals(seeds.get(0).strategy()))) {
            throw new IllegalArgumentException("a mean needs curves of one strategy");
        }
        int common = seeds.stream().mapToInt(c -> c.points().size()).min().orElseThrow();
        List<Point> points = IntStream.range(0, common).mapToObj(i -> {
            List<Point> at = seeds.stream().map(c -> c.points().get(i)).toList();
            if (at.stream().anyMatch(p -> p.labels() != at.get(0).labels())) {
                throw new IllegalArgumentException("the seeds' curves differ in labels at point " + i);
            }
            return new Point(at.get(0).labels(), at.stream().mapToDouble(Point::accuracy).average().orElseThrow(),
                    at.stream().mapToDouble(Point::trainSeconds).average().orElseThrow());
        }).toList();
        return new ActiveCurve(seeds.get(0).strategy(), points, List.of());
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
