package org.whiskerstudio.training;

import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.Batching;
import org.whiskerstudio.dataset.ResizeMode;

/**
 * Everything a run is configured with, stored as JSON with the run so it can be repeated.
 *
 * @param epochs       passes over the training part, 1..10,000
 * @param batchSize    examples per step, 1..4,096
 * @param weightDecay  L2 weight decay, 0 = off
 * @param seed         drives initial weights, shuffling and augmentation: the same seed and data give the same run
 * @param patience     early stopping: stop after this many epochs without a better validation loss; 0 = off
 * @param threads      compute threads for the backend; 0 = let the studio choose
 */
public record TrainingConfig(int epochs, int batchSize, Optimizer optimizer, double learningRate, Schedule schedule,
                             double weightDecay, long seed, int patience, int threads, ResizeMode resize,
                             Augmentation augmentation) {
    /** Epochs between halvings of the {@link Schedule#STEP} schedule. */
    public static final int STEP_EPOCHS = 2;

    public static TrainingConfig defaults() {
        return new TrainingConfig(5, 64, Optimizer.ADAM, Optimizer.ADAM.defaultLearningRate(), Schedule.CONSTANT,
                0, 42, 3, 0, ResizeMode.STRETCH, Augmentation.none());
    }

    /** The part of these settings that decides how the data is fed (resize, batch size, seed, augmentation). */
    public Batching batching() {
        return new Batching(resize, batchSize, seed, augmentation);
    }

    /** What is wrong with the settings, one sentence each; empty when the run can start. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (epochs < 1 || epochs > 10_000) {
            problems.add("Epochs must be between 1 and 10,000 (is " + epochs + ").");
        }
        if (batchSize < 1 || batchSize > 4096) {
            problems.add("Batch size must be between 1 and 4,096 (is " + batchSize + ").");
        }
        if (!(learningRate > 0 && learningRate <= 10)) {
            problems.add("Learning rate must be above 0 and at most 10 (is " + learningRate + "); try "
                    + optimizer.defaultLearningRate() + ".");
        }
        if (!(weightDecay >= 0 && weightDecay < 1)) {
            problems.add("Weight decay must be at least 0 and below 1 (is " + weightDecay + ").");
        }
        if (patience < 0 || patience > 10_000) {
            problems.add("Early-stopping patience must be 0 (off) to 10,000 epochs (is " + patience + ").");
        }
        if (threads < 0 || threads > 256) {
            problems.add("Threads must be 0 (automatic) to 256 (is " + threads + ").");
        }
        return problems;
    }

    public TrainingConfig withEpochs(int next) {
        return new TrainingConfig(next, batchSize, optimizer, learningRate, schedule, weightDecay, seed, patience, threads,
                resize, augmentation);
    }

    public TrainingConfig withBatchSize(int next) {
        return new TrainingConfig(epochs, next, optimizer, learningRate, schedule, weightDecay, seed, patience, threads,
                resize, augmentation);
    }

    public TrainingConfig withSeed(long next) {
        return new TrainingConfig(epochs, batchSize, optimizer, learningRate, schedule, weightDecay, next, patience, threads,
                resize, augmentation);
    }

    /** The learning rate during {@code epoch} (0-based). */
    public double learningRateAt(int epoch) {
        return learningRate * schedule.factor(epoch, epochs);
    }
}
