package org.whiskerstudio.training;

/** Receives a GAN run's progress on the training thread (hop threads and coalesce in a UI). */
public interface GanListener {
    GanListener NONE = new GanListener() {
    };

    default void onStep(GanStep step) {
    }

    /** The fixed-noise sample grid, every few hundred steps and at the end of each epoch. */
    default void onSamples(GanSamples samples) {
    }

    /** A known failure mode seen (collapse, divergence), in words a person can act on. */
    default void onWarning(String warning) {
    }

    default void onStatus(RunStatus status, String message) {
    }
}
