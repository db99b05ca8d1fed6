package org.whiskerstudio.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.whiskerstudio.detection.GreedyMatcher.ImageMatch;
import org.whiskerstudio.labelling.Shape.Box;

/**
 * COCO's evaluation (cocoeval.py's evaluate and accumulate, bounding boxes, no crowds) and VOC 2010+'s AP at IoU 0.5,
 * both on the same greedy matching ({@link GreedyMatcher}; VOC's devkit differs only in matching a detection to the
 * best-overlapping ground truth even when taken, which then makes it a duplicate,
 * and in asking for an IoU above 0.5 rather than at least 0.5). Per class and area range, the
 * images' matched detections are pooled in image order and sorted by score, highest first; ties keep that order
 * (image by image, and within an image by input order), as cocoeval's stable merge sort does.
 */
public final class DetectionEvaluator {
    /** IoU 0.50, 0.55, ..., 0.95, computed as numpy's linspace does. */
    public static final double[] COCO_THRESHOLDS = IntStream.range(0, 10).mapToDouble(i -> 0.5 + i * ((0.95 - 0.5) / 9))
            .toArray();
    /** COCO's maxDets for its headline figures: at most 100 detections of a class in an image are scored. */
    public static final int MAX_DETECTIONS = 100;

    private DetectionEvaluator() {
    }

    public static DetectionReport evaluate(List<ImageResult> images, int classCount) {
        List<ClassMetrics> classes = new ArrayList<>();
        Map<AreaRange, List<Double>> byArea = new EnumMap<>(AreaRange.class);
        for (AreaRange area : AreaRange.values()) {
            byArea.put(area, new ArrayList<>());
        }
        for (int k = 0; k < classCount; k++) {
            classes.add(classMetrics(images, k, byArea));
        }
        Map<AreaRange, OptionalDouble> means = new EnumMap<>(AreaRange.class);
        byArea.forEach((area, aps) -> means.put(area, aps.stream().mapToDouble(Double::doubleValue).average()));
        return new DetectionReport(classes, mean(classes, ClassMetrics::ap50), mean(classes, ClassMetrics::ap50Coco),
                means.get(AreaRange.ALL), means);
    }

    private static ClassMetrics classMetrics(List<ImageResult> images, int k, Map<AreaRange, List<Double>> byArea) {
        int truths = 0;
        int detections = 0;
        OptionalDouble apCoco = OptionalDouble.empty();
        Optional<PrecisionRecallCurve> curve50 = Optional.empty();
        List<List<Box>> classTruths = new ArrayList<>();
        List<List<Detection>> classDetections = new ArrayList<>();
        for (ImageResult image : images) {
            classTruths.add(GreedyMatcher.boxesOf(image.truths(), k));
            classDetections.add(image.candidates().stream().filter(d -> d.classIndex() == k).toList());
        }
        for (AreaRange area : AreaRange.values()) {
            List<ImageMatch> matches = matches(classTruths, classDetections, area);
            int counted = matches.stream().mapToInt(ImageMatch::countedTruths).sum();
            if (area == AreaRange.ALL) {
                truths = counted;
                detections = matches.stream().mapToInt(ImageMatch::size).sum();
            }
            if (counted == 0) {
                continue;
            }
            List<PrecisionRecallCurve> curves = curves(matches, counted);
            double ap = curves.stream().mapToDouble(PrecisionRecallCurve::coco101).average().orElseThrow();
            byArea.get(area).add(ap);
            if (area == AreaRange.ALL) {
                apCoco = OptionalDouble.of(ap);
                curve50 = Optional.of(curves.get(0));
            }
        }
        return new ClassMetrics(k, truths, detections, figure(curve50, PrecisionRecallCurve::vocAllPoint),
                figure(curve50, PrecisionRecallCurve::coco101), apCoco, curve50);
    }

    private static List<ImageMatch> matches(List<List<Box>> truths, List<List<Detection>> detections,
                                            AreaRange area) {
        List<ImageMatch> matches = new ArrayList<>();
        for (int i = 0; i < truths.size(); i++) {
            matches.add(GreedyMatcher.match(truths.get(i), detections.get(i), area, COCO_THRESHOLDS, MAX_DETECTIONS));
        }
        return matches;
    }

    private static OptionalDouble figure(Optional<PrecisionRecallCurve> curve,
                                         ToDoubleFunction<PrecisionRecallCurve> read) {
        return curve.map(c -> OptionalDouble.of(read.applyAsDouble(c))).orElse(OptionalDouble.empty());
    }

    /** One curve per COCO threshold from the images' pooled detections. */
    private static List<PrecisionRecallCurve> curves(List<ImageMatch> matches, int counted) {
        record Ranked(ImageMatch match, int rank) {
        }
        List<Ranked> pooled = new ArrayList<>();
        for (ImageMatch match : matches) {
            for (int d = 0; d < match.size(); d++) {
                pooled.add(new Ranked(match, d));
            }
        }
        // List.sort is a stable merge sort: equal scores keep image order, then each image's order.
        pooled.sort(Comparator.comparingDouble((Ranked r) -> -r.match().scores()[r.rank()]));
        double[] scores = pooled.stream().mapToDouble(r -> r.match().scores()[r.rank()]).toArray();
        List<PrecisionRecallCurve> curves = new ArrayList<>();
        for (int t = 0; t < COCO_THRESHOLDS.length; t++) {
            boolean[] tp = new boolean[pooled.size()];
            boolean[] fp = new boolean[pooled.size()];
            for (int i = 0; i < pooled.size(); i++) {
                Ranked r = pooled.get(i);
                boolean ignored = r.match().ignored()[t][r.rank()];
                boolean matched = r.match().matchedTruth()[t][r.rank()] >= 0;
                tp[i] = matched && !ignored;
                fp[i] = !matched && !ignored;
            }
            curves.add(PrecisionRecallCurve.of(tp, fp, scores, counted));
        }
        return curves;
    }

    private static OptionalDouble mean(List<ClassMetrics> classes,
                                       Function<ClassMetrics, OptionalDouble> figure) {
        return classes.stream().map(figure).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
                .average();
    }
}
