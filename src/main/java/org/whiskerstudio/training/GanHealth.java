package org.whiskerstudio.training;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Watches a GAN's losses and samples for the failure modes that waste a run: the discriminator winning outright
 * (its loss near 0 while the generator's climbs), the generator's loss exploding, and mode collapse (every sample
 * alike). Each problem is reported once, in words a person can act on.
 */
public final class GanHealth {
    /** Steps looked at together; short spikes are normal in GAN training. */
    static final int WINDOW = 100;
    /**
     * Steps before any verdict: at the start the discriminator always wins and the generator's images are all alike
     * (a Fashion-MNIST Sneaker DCGAN looked "collapsed" at step 50 and made recognisable sneakers by step 600).
     */
    static final long WARM_UP = 300;
    static final double DISCRIMINATOR_WINS = 0.02;
    static final double GENERATOR_EXPLODES = 12;
    /** Mean per-pixel standard deviation across samples (pixels in [0, 1]) below which all samples look alike. */
    static final double COLLAPSED_SPREAD = 0.02;

    private final Deque<GanStep> recent = new ArrayDeque<>();
    private boolean warnedWins;
    private boolean warnedExplodes;
    private boolean warnedCollapse;

    /** A warning the first time a problem holds over a whole window of steps. */
    public Optional<String> step(GanStep step) {
        if (!Double.isFinite(step.discriminatorLoss()) || !Double.isFinite(step.generatorLoss())) {
            return Optional.of("A loss became NaN or infinite: the run cannot recover. Lower the learning rate.");
        }
        recent.addLast(step);
        if (recent.size() > WINDOW) {
            recent.removeFirst();
        }
        if (recent.size() < WINDOW || step.iteration() < WARM_UP) {
            return Optional.empty();
        }
        double d = recent.stream().mapToDouble(GanStep::discriminatorLoss).average().orElse(0);
        double g = recent.stream().mapToDouble(GanStep::generatorLoss).average().orElse(0);
        if (!warnedWins && d < DISCRIMINATOR_WINS) {
            warnedWins = true;
            return Optional.of(String.format("The discriminator wins every time (its loss is %.3f): the generator gets "
                    + "no useful signal. Lower the discriminator's learning rate, add Dropout to it, or restart with "
                    + "another seed.", d));
        }
        if (!warnedExplodes && g > GENERATOR_EXPLODES) {
            warnedExplodes = true;
            return Optional.of(String.format("The generator's loss is exploding (%.1f on average): it is losing badly. "
                    + "Lower the learning rate or make the discriminator smaller.", g));
        }
        return Optional.empty();
    }

    /** A warning the first time the samples all look alike (mode collapse). */
    public Optional<String> samples(GanSamples samples) {
        if (warnedCollapse || samples.images().size() < 2 || samples.iteration() < WARM_UP) {
            return Optional.empty();
        }
        double spread = spread(samples.images());
        if (spread < COLLAPSED_SPREAD) {
            warnedCollapse = true;
            return Optional.of(String.format("The samples all look alike (spread %.3f): the generator has collapsed to one "
                    + "output. Restart with another seed or a lower learning rate.", spread));
        }
        return Optional.empty();
    }

    /** Mean over pixels of the standard deviation across images, pixels scaled to [0, 1]. */
    static double spread(List<byte[]> images) {
        int n = images.size();
        int size = images.get(0).length;
        double total = 0;
        for (int k = 0; k < size; k++) {
            double sum = 0;
            double squares = 0;
            for (byte[] image : images) {
                double v = (image[k] & 0xFF) / 255.0;
                sum += v;
                squares += v * v;
            }
            double mean = sum / n;
            total += Math.sqrt(Math.max(0, squares / n - mean * mean));
        }
        return total / size;
    }
}
