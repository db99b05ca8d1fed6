package org.whiskerstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class NormalisationFitterTest {
    @Test
    void meanAndStdArePerChannel() {
        // Two examples of 2 channels x 1 x 2: channel 0 is {0, 1, 0, 1}, channel 1 is all 0.5.
        float[] pixels = {0, 1, 0.5f, 0.5f, 0, 1, 0.5f, 0.5f};
        Normalisation n = NormalisationFitter.fit(new ArrayExamples(pixels, new int[] {0, 1}, 2, 1, 2));
        assertArrayEquals(new float[] {0.5f, 0.5f}, n.mean(), 1e-6f);
        assertArrayEquals(new float[] {0.5f, 1f}, n.std(), 1e-6f, "a flat channel is only centred");
    }
}
