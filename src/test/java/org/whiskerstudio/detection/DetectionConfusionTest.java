package org.whiskerstudio.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whiskerstudio.detection.Fixtures.box;
import static org.whiskerstudio.detection.Fixtures.found;
import static org.whiskerstudio.detection.Fixtures.image;
import static org.whiskerstudio.detection.Fixtures.truth;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.labelling.Shape.Box;

/** The confusion matrix with its background row and column, and the galleries' misses and false positives. */
class DetectionConfusionTest {
    private static final int CAT = 0;
    private static final int DOG = 1;
    private static final Box A = box(0, 0, 10, 10);
    private static final Box B = box(50, 0, 10, 10);
    private static final Box C = box(0, 50, 10, 10);
    private static final Box D = box(50, 50, 10, 10);

    /**
     * Truths: a cat at A, a dog at B, a cat at C. Detections: cat at A (0.9, right), cat at B (0.8, wrong class),
     * dog at D (0.7, nothing there), dog at C (0.2, under the 0.5 score threshold, so not counted).
     */
    private static final ImageResult SCENE = image(List.of(truth(CAT, A), truth(DOG, B), truth(CAT, C)),
            List.of(found(CAT, A, 0.9), found(CAT, B, 0.8), found(DOG, D, 0.7), found(DOG, C, 0.2)));

    @Test
    void rightWrongClassMissedAndPhantomBoxesLandInTheirCells() {
        DetectionConfusion confusion = DetectionConfusion.of(List.of(SCENE), 2, 0.5, 0.5);
        int bg = confusion.background();
        assertEquals(2, bg);
        assertEquals(1, confusion.count(CAT, CAT)); // A found as a cat
        assertEquals(1, confusion.count(DOG, CAT)); // the dog at B called a cat
        assertEquals(1, confusion.count(bg, DOG)); // a dog at D where nothing is
        assertEquals(1, confusion.count(CAT, bg)); // the cat at C missed (its dog detection is under the threshold)
        assertEquals(0, confusion.count(bg, bg));
        int total = 0;
        for (int[] row : confusion.counts()) {
            for (int n : row) {
                total += n;
            }
        }
        assertEquals(4, total);
    }

    @Test
    void aLowerThresholdLetsTheWeakDetectionIn() {
        // At 0.1 the dog at C counts: the cat at C is found with the wrong class instead of missed.
        DetectionConfusion confusion = DetectionConfusion.of(List.of(SCENE), 2, 0.5, 0.1);
        assertEquals(1, confusion.count(CAT, DOG));
        assertEquals(0, confusion.count(CAT, confusion.background()));
    }

    @Test
    void galleriesListMissesAndFalsePositivesPerImage() {
        ImageResult clean = image(List.of(truth(CAT, A)), List.of(found(CAT, A, 0.9)));
        List<ImageErrors> errors = ImageErrors.of(List.of(clean, SCENE), 0.5, 0.5);
        assertEquals(1, errors.size()); // the clean image has none
        ImageErrors scene = errors.get(0);
        assertEquals(1, scene.image());
        // Misses: the dog at B (found only as a cat) and the cat at C (its detection is under the threshold).
        assertEquals(List.of(truth(DOG, B), truth(CAT, C)), scene.misses());
        // False positives: the cat at B (wrong class) and the dog at D; the dog at C is under the threshold.
        assertEquals(List.of(found(CAT, B, 0.8), found(DOG, D, 0.7)), scene.falsePositives());
    }

    @Test
    void aDuplicateIsAFalsePositive() {
        ImageResult duplicate = image(List.of(truth(CAT, A)), List.of(found(CAT, A, 0.9), found(CAT, A, 0.8)));
        List<ImageErrors> errors = ImageErrors.of(List.of(duplicate), 0.5, 0.5);
        assertTrue(errors.get(0).misses().isEmpty());
        assertEquals(List.of(found(CAT, A, 0.8)), errors.get(0).falsePositives());
        DetectionConfusion confusion = DetectionConfusion.of(List.of(duplicate), 1, 0.5, 0.5);
        assertEquals(1, confusion.count(CAT, CAT));
        assertEquals(1, confusion.count(confusion.background(), CAT));
    }
}
