package org.whiskerstudio.training;

import java.util.List;
import java.util.Optional;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;

/**
 * Makes images with a GAN run's saved generator and adds them to the project as synthetic images. Shared by the
 * studio's Generate panel and {@code whisker generate}.
 */
public interface GenerationService {
    /** The most images one request makes. */
    int MAX_COUNT = 1000;

    /** Images a generator made: unsigned bytes, CHW, of one size. */
    record Generated(long runId, long seed, int width, int height, int channels, List<byte[]> images) {
        public Generated {
            images = List.copyOf(images);
        }
    }

    /** GAN runs whose generator was saved (finished, stopped, or cut off after a step), newest first. */
    List<TrainingRun> ganRuns();

    /** The class the run learned, or empty when it learned all labelled images. */
    Optional<String> learnedClass(long runId);

    /** The project's classes, for the class the images get. */
    List<String> classNames();

    /**
     * {@code count} images (1 to {@link #MAX_COUNT}) from noise drawn with {@code seed}: the same seed makes the same
     * images.
     *
     * @throws IllegalArgumentException naming what is wrong (unknown run, not a GAN, no saved generator, bad count)
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    Generated generate(long runId, int count, long seed, Progress progress, Cancellation cancellation);

    /**
     * Adds the images to the project with class {@code className}, marked as made by their run, in one transaction.
     *
     * @return empty when cancelled before anything was recorded
     */
    Optional<GeneratedImages.Added> add(Generated images, String className, Progress progress, Cancellation cancellation);
}
