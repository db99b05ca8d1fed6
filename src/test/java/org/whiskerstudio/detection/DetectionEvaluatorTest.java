package org.whiskerstudio.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whiskerstudio.detection.Fixtures.box;
import static org.whiskerstudio.detection.Fixtures.found;
import static org.whiskerstudio.detection.Fixtures.image;
import static org.whiskerstudio.detection.Fixtures.truth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.labelling.Shape.Box;

/**
 * Hand-worked fixtures for the COCO and VOC figures, each with its arithmetic. Notation: a curve is listed rank by
 * rank as (recall, precision); the envelope is the precision made non-increasing from the right. VOC all-point AP is
 * the sum over ranks of (recall step) x envelope; COCO's is the mean over the 101 recall levels 0, 0.01, ..., 1 of the
 * envelope at the first rank reaching the level (0 when none does).
 */
class DetectionEvaluatorTest {
    private static final double EPS = 1e-9;
    private static final Box A = box(0, 0, 10, 10);
    private static final Box B = box(50, 50, 10, 10);
    private static final Box FAR = box(200, 200, 10, 10);

    private static ClassMetrics only(List<ImageResult> images) {
        return DetectionEvaluator.evaluate(images, 1).classes().get(0);
    }

    @Test
    void onePerfectBoxScoresOneEverywhere() {
        // One truth, one detection on it: IoU 1 reaches every threshold (cocoeval caps 0.95 just below 1 anyway).
        // Curve: (1, 1). VOC = 1 x 1 = 1; COCO: every level reached at rank 1 with precision 1 -> 1.
        ClassMetrics m = only(List.of(image(List.of(truth(0, A)), List.of(found(0, A, 0.9)))));
        assertEquals(1, m.ap50().getAsDouble(), EPS);
        assertEquals(1, m.ap50Coco().getAsDouble(), EPS);
        assertEquals(1, m.apCoco().getAsDouble(), EPS);
        assertEquals(1, m.truths());
        assertEquals(1, m.detections());
    }

    @Test
    void aLooseBoxCountsOnlyAtTheThresholdsItReaches() {
        // Truth 10 x 10, detection 10 x 6.2 inside it: IoU = 62 / 100 = 0.62, at or above 0.50, 0.55 and 0.60 only.
        // COCO AP per threshold: 1, 1, 1, then 0 for 0.65 ... 0.95 (7 thresholds) -> mean 3 / 10 = 0.3.
        ClassMetrics m = only(List.of(image(List.of(truth(0, A)), List.of(found(0, box(0, 0, 10, 6.2), 0.9)))));
        assertEquals(1, m.ap50().getAsDouble(), EPS);
        assertEquals(0.3, m.apCoco().getAsDouble(), EPS);
    }

    @Test
    void aDuplicateBelowTheFirstCostsNothingAboveItCostsHalf() {
        // Duplicate after the hit: ranks TP then FP. Curve (1, 1), (1, 0.5); envelope 1, 0.5.
        // VOC = 1 x 1 + 0 x 0.5 = 1. COCO: every level reached at rank 1 -> 1.
        ClassMetrics after = only(List.of(image(List.of(truth(0, A)),
                List.of(found(0, A, 0.9), found(0, A, 0.8)))));
        assertEquals(1, after.ap50().getAsDouble(), EPS);
        assertEquals(1, after.apCoco().getAsDouble(), EPS);
        // A wrong box ranked first: FP then TP. Curve (0, 0), (1, 0.5); envelope 0.5, 0.5.
        // VOC = 0 x 0.5 + 1 x 0.5 = 0.5. COCO: level 0 is reached at rank 1 (recall 0 >= 0) with envelope 0.5,
        // every other level at rank 2 with 0.5 -> 0.5.
        ClassMetrics before = only(List.of(image(List.of(truth(0, A)),
                List.of(found(0, FAR, 0.9), found(0, A, 0.8)))));
        assertEquals(0.5, before.ap50().getAsDouble(), EPS);
        assertEquals(0.5, before.apCoco().getAsDouble(), EPS);
    }

    @Test
    void aDuplicateBetweenTwoHitsSeparatesVocFromCoco() {
        // Truths A and B; detections A (0.9), A again (0.8), B (0.7): TP, FP, TP.
        // Curve (0.5, 1), (0.5, 0.5), (1, 2/3); envelope 1, 2/3, 2/3.
        // VOC = 0.5 x 1 + 0 x 2/3 + 0.5 x 2/3 = 0.8333...
        // COCO: levels 0 ... 0.50 (51 levels) reached at rank 1 -> 1; levels 0.51 ... 1 (50) at rank 3 -> 2/3;
        // (51 x 1 + 50 x 2/3) / 101 = 84.333... / 101 = 0.834983...
        ClassMetrics m = only(List.of(image(List.of(truth(0, A), truth(0, B)),
                List.of(found(0, A, 0.9), found(0, A, 0.8), found(0, B, 0.7)))));
        assertEquals(0.5 + 0.5 * 2 / 3.0, m.ap50().getAsDouble(), EPS);
        assertEquals((51 + 50 * 2 / 3.0) / 101, m.ap50Coco().getAsDouble(), EPS);
        PrecisionRecallCurve curve = m.curve50().orElseThrow();
        assertEquals(3, curve.size());
        assertEquals(0.5, curve.precision()[1], EPS);
        assertEquals(1, curve.recall()[2], EPS);
    }

    @Test
    void aMissCapsRecall() {
        // Truths A and B; one detection on A. Curve (0.5, 1).
        // VOC = 0.5 x 1 = 0.5. COCO: levels 0 ... 0.50 (51) -> 1, the 50 above -> 0: 51 / 101 = 0.504950...
        ClassMetrics m = only(List.of(image(List.of(truth(0, A), truth(0, B)), List.of(found(0, A, 0.9)))));
        assertEquals(0.5, m.ap50().getAsDouble(), EPS);
        assertEquals(51 / 101.0, m.apCoco().getAsDouble(), EPS);
    }

    @Test
    void tiesInScoreKeepImageOrderThenInputOrder() {
        // Two images with one truth each; both detections score 0.8: image 1's misses, image 2's hits.
        // Pooled in image order: FP, TP. Curve (0, 0), (0.5, 0.5); envelope 0.5, 0.5.
        // VOC = 0.5 x 0.5 = 0.25; COCO: levels 0 ... 0.50 (51) -> 0.5, above -> 0: 25.5 / 101 = 0.252475...
        ImageResult missing = image(List.of(truth(0, A)), List.of(found(0, FAR, 0.8)));
        ImageResult hitting = image(List.of(truth(0, A)), List.of(found(0, A, 0.8)));
        ClassMetrics missFirst = only(List.of(missing, hitting));
        assertEquals(0.25, missFirst.ap50().getAsDouble(), EPS);
        assertEquals(25.5 / 101, missFirst.apCoco().getAsDouble(), EPS);
        // The images the other way round: TP, FP. Curve (0.5, 1), (0.5, 0.5): VOC = 0.5; COCO 51 / 101.
        ClassMetrics hitFirst = only(List.of(hitting, missing));
        assertEquals(0.5, hitFirst.ap50().getAsDouble(), EPS);
        assertEquals(51 / 101.0, hitFirst.apCoco().getAsDouble(), EPS);
        // Within an image, equal scores keep input order. A (IoU 1) and a box 10 x 8.8 (IoU 0.88), both 0.8:
        // A first: A takes the truth at every threshold -> COCO AP 1.
        Box tight = box(0, 0, 10, 8.8);
        ClassMetrics exactFirst = only(List.of(image(List.of(truth(0, A)),
                List.of(found(0, A, 0.8), found(0, tight, 0.8)))));
        assertEquals(1, exactFirst.apCoco().getAsDouble(), EPS);
        // The 0.88 box first: it takes the truth at 0.50 ... 0.85 (8 thresholds, AP 1); at 0.90 and 0.95 it misses
        // and A takes it second: FP, TP, curve (0, 0), (1, 0.5) -> 0.5. COCO AP = (8 x 1 + 2 x 0.5) / 10 = 0.9.
        ClassMetrics looseFirst = only(List.of(image(List.of(truth(0, A)),
                List.of(found(0, tight, 0.8), found(0, A, 0.8)))));
        assertEquals(0.9, looseFirst.apCoco().getAsDouble(), EPS);
    }

    @Test
    void aClassWithoutGroundTruthStaysOutOfTheMeans() {
        // Classes 0 and 1 over two images, class 2 only detected.
        // Class 0: one truth, one hit -> AP 1. Class 1: truths in both images, one hit (0.6) and a miss -> curve
        // (0.5, 1): VOC 0.5. Class 2: no truth -> no AP. mAP@0.5 = (1 + 0.5) / 2 = 0.75.
        ImageResult first = image(List.of(truth(0, A), truth(1, B)),
                List.of(found(0, A, 0.9), found(1, B, 0.6), found(2, FAR, 0.7)));
        ImageResult second = image(List.of(truth(1, A)), List.of());
        DetectionReport report = DetectionEvaluator.evaluate(List.of(first, second), 3);
        assertEquals(1, report.classes().get(0).ap50().getAsDouble(), EPS);
        assertEquals(0.5, report.classes().get(1).ap50().getAsDouble(), EPS);
        assertTrue(report.classes().get(2).ap50().isEmpty());
        assertTrue(report.classes().get(2).curve50().isEmpty());
        assertEquals(1, report.classes().get(2).detections());
        assertEquals(0.75, report.map50().getAsDouble(), EPS);
        // COCO: class 0 IoU 1 -> 1; class 1 -> 51 / 101 at every threshold; mean (1 + 51 / 101) / 2.
        assertEquals((1 + 51 / 101.0) / 2, report.mapCoco().getAsDouble(), EPS);
    }

    @Test
    void noGroundTruthAtAllGivesNoMeans() {
        DetectionReport report = DetectionEvaluator.evaluate(List.of(image(List.of(), List.of(found(0, A, 0.5)))), 1);
        assertTrue(report.map50().isEmpty());
        assertTrue(report.mapCoco().isEmpty());
    }

    @Test
    void areaRangesIgnoreWhatIsOutsideThem() {
        // A small truth (10 x 10 = 100 <= 32²) and a large one (100 x 100 = 10,000 > 96²), both hit (0.9, 0.8), and a
        // medium false positive (50 x 50 = 2,500) scoring highest (0.95).
        // All sizes: FP, TP, TP. Curve (0, 0), (0.5, 0.5), (1, 2/3); envelope 2/3 throughout.
        //   VOC = 0.5 x 2/3 + 0.5 x 2/3 = 2/3; COCO: every level -> 2/3.
        // Small: the large truth is ignored, so is the hit on it; the unmatched medium FP is outside the range, so
        //   ignored too. Left: one TP -> AP 1. Large: likewise -> AP 1. Medium: no truth of that size -> no AP.
        Box small = box(0, 0, 10, 10);
        Box large = box(100, 100, 100, 100);
        Box medium = box(300, 300, 50, 50);
        DetectionReport report = DetectionEvaluator.evaluate(List.of(image(List.of(truth(0, small), truth(0, large)),
                List.of(found(0, medium, 0.95), found(0, small, 0.9), found(0, large, 0.8)))), 1);
        assertEquals(2 / 3.0, report.map50().getAsDouble(), EPS);
        assertEquals(2 / 3.0, report.mapCoco().getAsDouble(), EPS);
        assertEquals(2 / 3.0, report.mapByArea().get(AreaRange.ALL).getAsDouble(), EPS);
        assertEquals(1, report.mapByArea().get(AreaRange.SMALL).getAsDouble(), EPS);
        assertEquals(1, report.mapByArea().get(AreaRange.LARGE).getAsDouble(), EPS);
        assertTrue(report.mapByArea().get(AreaRange.MEDIUM).isEmpty());
    }

    @Test
    void areaRangeEndsAreInclusiveAsInCocoeval() {
        assertTrue(AreaRange.SMALL.contains(32 * 32));
        assertTrue(AreaRange.MEDIUM.contains(32 * 32));
        assertFalse(AreaRange.SMALL.contains(32 * 32 + 1));
        assertTrue(AreaRange.LARGE.contains(96 * 96));
        assertFalse(AreaRange.MEDIUM.contains(96 * 96 + 0.5));
    }

    @Test
    void onlyTheHundredBestDetectionsOfAnImageCount() {
        // 100 misses at 0.9 fill an image's maxDets; the hit at 0.5 is the 101st and is cut: AP 0.
        List<Detection> detections = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            detections.add(found(0, box(100 + i, 100, 5, 5), 0.9));
        }
        detections.add(found(0, A, 0.5));
        ClassMetrics m = only(List.of(image(List.of(truth(0, A)), detections)));
        assertEquals(0, m.ap50().getAsDouble(), EPS);
        assertEquals(100, m.detections());
    }

    @Test
    void aDetectionTakesTheBestOverlappingUnmatchedTruth() {
        // Truths A and A' (A moved right by 2: IoU with A = 80 / 120 = 2/3). The first detection sits on A' exactly,
        // the second on A. Greedy: the first takes A' (IoU 1), the second then takes A (IoU 1): two TPs -> AP 1.
        Box shifted = box(2, 0, 10, 10);
        ClassMetrics m = only(List.of(image(List.of(truth(0, A), truth(0, shifted)),
                List.of(found(0, shifted, 0.9), found(0, A, 0.8)))));
        assertEquals(1, m.ap50().getAsDouble(), EPS);
    }

    @Test
    void perfectDetectionsScoreOneAndImageOrderMattersOnlyForTies() {
        // 40 images of 1-4 random boxes of 3 classes, each found exactly. Alone, every AP is 1. With one random false
        // positive per image the APs fall; as no two scores tie, reversing the images changes nothing.
        Random random = new Random(5);
        List<ImageResult> images = new ArrayList<>();
        List<ImageResult> perfect = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<GroundTruth> truths = new ArrayList<>();
            List<Detection> detections = new ArrayList<>();
            for (int n = 0; n <= random.nextInt(4); n++) {
                GroundTruth t = truth(random.nextInt(3), box(random.nextInt(200), random.nextInt(200),
                        5 + random.nextInt(120), 5 + random.nextInt(120)));
                truths.add(t);
                detections.add(found(t.classIndex(), t.box(), random.nextDouble()));
            }
            perfect.add(image(truths, detections));
            List<Detection> withNoise = new ArrayList<>(detections);
            withNoise.add(found(random.nextInt(3), box(400, 400, 30, 30), random.nextDouble()));
            images.add(image(truths, withNoise));
        }
        DetectionReport clean = DetectionEvaluator.evaluate(perfect, 3);
        assertEquals(1, clean.map50().getAsDouble(), EPS);
        assertEquals(1, clean.mapCoco().getAsDouble(), EPS);
        DetectionReport noisy = DetectionEvaluator.evaluate(images, 3);
        assertTrue(noisy.map50().getAsDouble() < 1);
        List<ImageResult> reversed = new ArrayList<>(images);
        Collections.reverse(reversed);
        DetectionReport backwards = DetectionEvaluator.evaluate(reversed, 3);
        assertEquals(noisy.map50().getAsDouble(), backwards.map50().getAsDouble(), EPS);
        assertEquals(noisy.mapCoco().getAsDouble(), backwards.mapCoco().getAsDouble(), EPS);
        for (AreaRange area : AreaRange.values()) {
            assertEquals(noisy.mapByArea().get(area), backwards.mapByArea().get(area));
        }
    }

    @Test
    void thresholdsAreCocos() {
        assertEquals(10, DetectionEvaluator.COCO_THRESHOLDS.length);
        assertEquals(0.5, DetectionEvaluator.COCO_THRESHOLDS[0], EPS);
        assertEquals(0.95, DetectionEvaluator.COCO_THRESHOLDS[9], EPS);
    }
}
