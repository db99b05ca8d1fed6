package org.whiskerstudio.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the run on screen stands, as last reported.
 *
 * @param examplesPerSecond  examples a second; for an agent, its unit (steps or games) a second
 * @param etaMillis          time left at the current speed; -1 when unknown
 * @param validationLoss     the last epoch's; NaN before the first epoch or without a validation part
 * @param bestValidationLoss the lowest so far; NaN likewise
 * @param unit               what {@code iteration} counts: a model's steps in epochs, an agent's steps or games
 * @param episodes           an agent's finished episodes; 0 otherwise
 */
public record LiveProgress(int epoch, int epochs, long iteration, long iterations, double examplesPerSecond,
                           long etaMillis, long elapsedMillis, double validationLoss, double bestValidationLoss,
                           Unit unit, int episodes) {
    public static final LiveProgress NONE = new LiveProgress(0, 0, 0, 0, 0, -1, 0, Double.NaN, Double.NaN,
            Unit.EPOCHS, 0);

    /** What a run's progress is counted in. */
    public enum Unit {
        /** Batches in epochs (every model but an agent). */
        EPOCHS,
        /** An agent learning by DQN: environment steps, with episodes beside them. */
        STEPS,
        /** An agent learning by a table: games, each an episode. */
        GAMES
    }

    /** Done of total steps, 0..1; 0 before the size is known. */
    public double fraction() {
        return iterations <= 0 ? 0 : Math.min(1, (double) iteration / iterations);
    }

    /**
     * "epoch 3/5 · 1,234 ex/s · ETA 2:10 · 0:45 elapsed", an agent's "step 12,345 / 50,000 · episode 210 · 830
     * steps/s · ..." or "game 12,345 / 200,000 · ...", leaving out what is not known yet.
     */
    public String text() {
        if (epochs == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        String rate = switch (unit) {
            case EPOCHS -> {
                parts.add("epoch " + Math.max(1, epoch) + "/" + epochs);
                yield "ex/s";
            }
            case STEPS -> {
                parts.add(String.format(Locale.ROOT, "step %,d / %,d", iteration, iterations));
                parts.add(String.format(Locale.ROOT, "episode %,d", episodes));
                yield "steps/s";
            }
            case GAMES -> {
                parts.add(String.format(Locale.ROOT, "game %,d / %,d", iteration, iterations));
                yield "games/s";
            }
        };
        if (examplesPerSecond > 0) {
            parts.add(String.format(Locale.ROOT, "%,d %s", Math.round(examplesPerSecond), rate));
        }
        if (etaMillis >= 0) {
            parts.add("ETA " + duration(etaMillis));
        }
        parts.add(duration(elapsedMillis) + " elapsed");
        if (Double.isFinite(validationLoss)) {
            parts.add(String.format(Locale.ROOT, "val loss %.4f (best %.4f)", validationLoss, bestValidationLoss));
        }
        return String.join(" · ", parts);
    }

    /** 2:10, or 1:02:03 past an hour. */
    public static String duration(long millis) {
        long s = Math.max(0, millis) / 1000;
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
