package org.whiskerstudio.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a GAN run needs beyond epochs, batch size, learning rate and seed (those come from its {@link TrainingConfig}).
 *
 * @param className   the one class whose images the GAN learns; "" for every labelled image
 * @param sampleEvery steps between sample grids from the fixed noise batch (a grid also ends every epoch)
 * @param samples     images in that grid
 */
public record GanSettings(String className, int sampleEvery, int samples) {
    public static final int DEFAULT_SAMPLE_EVERY = 200;
    public static final int DEFAULT_SAMPLES = 36;

    public GanSettings {
        className = className == null ? "" : className.strip();
    }

    public static GanSettings defaults() {
        return new GanSettings("", DEFAULT_SAMPLE_EVERY, DEFAULT_SAMPLES);
    }

    public static GanSettings ofClass(String className) {
        return new GanSettings(className, DEFAULT_SAMPLE_EVERY, DEFAULT_SAMPLES);
    }

    /** The class to learn, or empty for all labelled images. */
    public Optional<String> learnedClass() {
        return className.isEmpty() ? Optional.empty() : Optional.of(className);
    }

    /** What is wrong, one sentence each; empty when the run can start. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (sampleEvery < 1 || sampleEvery > 100_000) {
            problems.add("Samples every must be 1 to 100,000 steps (is " + sampleEvery + ").");
        }
        if (samples < 2 || samples > 256) {
            problems.add("The sample grid must hold 2 to 256 images (is " + samples + ").");
        }
        return problems;
    }
}
