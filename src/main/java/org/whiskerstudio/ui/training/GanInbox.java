package org.whiskerstudio.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.training.GanSamples;
import org.whiskerstudio.training.GanStep;

/**
 * A GAN run's part of a {@link MetricsInbox}: both losses through {@link SeriesDecimator}s (no step lost, none
 * copied twice), the newest sample grid and step, and warnings queued. Guarded by the inbox's lock.
 */
final class GanInbox {
    private final SeriesDecimator discriminator = new SeriesDecimator(MetricsInbox.MAX_LOSS_POINTS);
    private final SeriesDecimator generator = new SeriesDecimator(MetricsInbox.MAX_LOSS_POINTS);
    private boolean lossesChanged;
    private GanStep step;
    private GanSamples samples;
    private final List<String> warnings = new ArrayList<>();

    void step(GanStep s) {
        discriminator.add(s.iteration(), s.discriminatorLoss());
        generator.add(s.iteration(), s.generatorLoss());
        lossesChanged = true;
        step = s;
    }

    void samples(GanSamples grid) {
        samples = grid;
    }

    void warning(String warning) {
        warnings.add(warning);
    }

    GanLive.Update take() {
        GanLive.Update update = new GanLive.Update(
                lossesChanged ? Optional.of(discriminator.points()) : Optional.empty(),
                lossesChanged ? Optional.of(generator.points()) : Optional.empty(),
                Optional.ofNullable(samples), Optional.ofNullable(step), List.copyOf(warnings));
        lossesChanged = false;
        samples = null;
        step = null;
        warnings.clear();
        return update;
    }
}
