package org.whiskerstudio.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.Series;

/** The cheap descriptor of each kind: fixed length, and what it measures. */
class DescriptorsTest {
    @TempDir
    Path temp;

    @Test
    void anImageIsItsGreyThumbnailAndColourHistogram() throws Exception {
        Path file = temp.resolve("red.png");
        Files.write(file, DatasetFixture.png(40, 30, new Color(255, 0, 0)));
        float[] d = Descriptors.of(MediaKind.IMAGE, file);
        int plane = Descriptors.SIDE * Descriptors.SIDE;
        assertEquals(plane + 64, d.length);
        assertEquals(0.299f, d[0], 1e-3, "grey value of pure red");
        // Every pixel falls in the bin of (r, g, b) = (3, 0, 0): 3 * 16.
        float histogramSum = 0;
        for (int i = plane; i < d.length; i++) {
            histogramSum += d[i];
        }
        assertEquals(8f, histogramSum, 1e-3);
        assertEquals(8f, d[plane + 48], 1e-3);
    }

    @Test
    void aSeriesIsResampledToAFixedLengthPerFeature() {
        Series ramp = new Series(List.of("a", "b"), new float[] {0, 10, 1, 20, 2, 30});
        float[] d = Descriptors.series(ramp);
        assertEquals(Descriptors.SERIES_FEATURES * Descriptors.SERIES_POINTS, d.length);
        assertEquals(0f, d[0], 1e-6);
        assertEquals(2f, d[Descriptors.SERIES_POINTS - 1], 1e-6);
        assertEquals(1f, d[(Descriptors.SERIES_POINTS - 1) / 2], 0.05f, "linear in between");
        assertEquals(10f, d[Descriptors.SERIES_POINTS], 1e-6, "the second feature follows");
        assertEquals(0f, d[2 * Descriptors.SERIES_POINTS], 1e-6, "missing features stay 0");
    }

    @Test
    void aTextIsAUnitVectorOfHashedTrigramsThatSimilarTextsShare() {
        float[] cat = Descriptors.text("The cat sat on the mat");
        float[] sameAgain = Descriptors.text("the  CAT sat on the mat");
        float[] close = Descriptors.text("The cat sat on a mat");
        float[] far = Descriptors.text("Quarterly revenue exceeded projections");
        assertEquals(Descriptors.TEXT_BUCKETS, cat.length);
        assertEquals(1.0, dot(cat, cat), 1e-5);
        assertArrayEquals(cat, sameAgain, "case and spacing do not matter");
        assertTrue(dot(cat, close) > dot(cat, far) + 0.3, "shared trigrams make texts close");
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
