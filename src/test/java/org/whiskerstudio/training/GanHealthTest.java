package org.whiskerstudio.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GanHealthTest {
    private long iteration;

    private List<String> feed(GanHealth health, double d, double g, int steps) {
        List<String> warnings = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            health.step(new GanStep(1, ++iteration, d, g)).ifPresent(warnings::add);
        }
        return warnings;
    }

    @Test
    void theFirstStepsAreNeverJudged() {
        GanHealth health = new GanHealth();
        assertTrue(feed(health, 0.001, 40, (int) GanHealth.WARM_UP - 1).isEmpty(), "every GAN starts like this");
        byte[] same = new byte[64];
        assertTrue(health.samples(new GanSamples(50, 8, 8, 1, List.of(same, same.clone()))).isEmpty());
    }

    @Test
    void aDiscriminatorThatAlwaysWinsIsReportedOnce() {
        List<String> warnings = feed(new GanHealth(), 0.001, 7, (int) GanHealth.WARM_UP + 3 * GanHealth.WINDOW);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("The discriminator wins every time"));
    }

    @Test
    void anExplodingGeneratorLossIsReported() {
        List<String> warnings = feed(new GanHealth(), 0.3, 40, (int) GanHealth.WARM_UP + GanHealth.WINDOW);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("exploding"));
    }

    @Test
    void aHealthyTugOfWarAndShortSpikesSayNothing() {
        GanHealth health = new GanHealth();
        List<String> warnings = feed(health, 0.6, 0.9, (int) GanHealth.WARM_UP + GanHealth.WINDOW);
        warnings.addAll(feed(health, 0.001, 30, 5));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void samplesThatAllLookAlikeAreAModeCollapse() {
        byte[] same = new byte[64];
        Arrays.fill(same, (byte) 120);
        GanSamples collapsed = new GanSamples(GanHealth.WARM_UP, 8, 8, 1, List.of(same, same.clone(), same.clone()));
        Optional<String> warning = new GanHealth().samples(collapsed);
        assertTrue(warning.isPresent() && warning.get().contains("collapsed"));

        Random random = new Random(1);
        List<byte[]> varied = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            byte[] b = new byte[64];
            random.nextBytes(b);
            varied.add(b);
        }
        assertTrue(new GanHealth().samples(new GanSamples(GanHealth.WARM_UP, 8, 8, 1, varied)).isEmpty());
    }
}
