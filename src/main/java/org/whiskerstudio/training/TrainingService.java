package org.whiskerstudio.training;

import java.util.List;
import java.util.Optional;
import org.whiskerstudio.architecture.AgentEnvironment;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.rl.EpisodeReport;

/**
 * Training for one open project, shared by the training screen and {@code whisker train}. One run at a time; it
 * runs on its own thread and reports through a {@link TrainingListener}.
 */
public interface TrainingService {
    /**
     * Checks the request, records the run and starts it.
     *
     * @throws IllegalArgumentException naming what is wrong (bad settings, unknown architecture, no labelled images)
     * @throws IllegalStateException    when a run is already going
     */
    TrainingSession start(TrainingRequest request, TrainingListener listener);

    /**
     * Goes on with a stopped or interrupted run from its last checkpoint, with the same settings and split.
     *
     * @throws IllegalArgumentException when the run is unknown or cannot be resumed
     */
    TrainingSession resume(long runId, TrainingListener listener);

    /** Warnings about the project's data for this architecture ("Class Bag has only 3 training images"). */
    List<String> dataWarnings(String architectureName);

    /** The history, newest first. */
    List<TrainingRun> runs();

    List<EpochMetric> epochMetrics(long runId);

    /** A run's per-step losses, decimated to at most {@code maxPoints} (min/max kept so spikes stay visible). */
    List<IterationMetric> iterationMetrics(long runId, int maxPoints);

    /** What the named architecture trains as (a GAN architecture makes a GAN run); a classifier when unknown. */
    default ModelKind kindOf(String architectureName) {
        return ModelKind.CLASSIFIER;
    }

    /** Whether the augmentation settings apply to the named architecture: image classifiers only. */
    default boolean augments(String architectureName) {
        return kindOf(architectureName) == ModelKind.CLASSIFIER;
    }

    /**
     * Whether the Resize setting means anything for this architecture: it brings pictures to the network's input
     * size, so not for series or texts, a character model or an agent.
     */
    default boolean resizes(String architectureName) {
        ModelKind kind = kindOf(architectureName);
        return kind != ModelKind.AGENT && kind != ModelKind.CHARACTER_MODEL;
    }

    /** The project's labelled classes (a GAN can learn one of them), cheap to ask. */
    default List<String> classNames() {
        return List.of();
    }

    /** A GAN run's steps (both losses), thinned to at most {@code maxPoints}; empty for a classifier's run. */
    default List<GanStep> ganSteps(long runId, int maxPoints) {
        return List.of();
    }

    /** Making images with the project's GAN runs; empty when this service cannot. */
    default Optional<GenerationService> generation() {
        return Optional.empty();
    }

    /** What a run's weights started from, when it continued from a model; empty for new weights. */
    default Optional<StartedFrom> startOf(long runId) {
        return Optional.empty();
    }

    /** The environment the named architecture acts in, when it is an agent's. */
    default Optional<AgentEnvironment> agentEnvironment(String architectureName) {
        return Optional.empty();
    }

    /** An agent run's last {@code count} episodes, oldest first; empty for other runs. */
    default List<EpisodeReport> lastEpisodes(long runId, int count) {
        return List.of();
    }

    /** Deletes a run's row and folder. @throws IllegalStateException for the run that is going */
    void delete(long runId);
}
