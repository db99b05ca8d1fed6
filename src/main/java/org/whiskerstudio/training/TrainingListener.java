package org.whiskerstudio.training;

/**
 * Receives a run's progress on the training thread; a UI listener must hop threads itself and coalesce
 * (the engine calls {@link #onIteration} every step). A GAN run also reports its two losses, sample grids and
 * health warnings through the {@link GanListener} methods.
 */
public interface TrainingListener extends GanListener {
    TrainingListener NONE = new TrainingListener() {
    };

    /** Before the first step (and again after a resume): the run's id and its size. */
    default void onStart(long runId, int epochs, long iterationsPerEpoch, long startIteration) {
    }

    /**
     * Before an agent's first step (and again after a resume), in place of {@link #onStart}: its budget counts games
     * (a table) or environment steps (a DQN), of which {@code done} are spent; one "epoch" holds them all.
     */
    default void onAgentStart(long runId, boolean countsGames, long budget, long done) {
        onStart(runId, 1, budget, done);
    }

    default void onIteration(IterationMetric metric) {
    }

    default void onEpoch(EpochMetric metric) {
    }

    /** A next-character model's sample of generated text, every few hundred steps and at the end of each epoch. */
    default void onTextSample(TextSample sample) {
    }

    /** An autoencoder's inputs and reconstructions of a fixed few validation examples, after each epoch. */
    default void onReconstructions(LiveReconstructions samples) {
    }

    /** An agent's finished training episode (many a second for a board game: coalesce). */
    default void onEpisode(org.whiskerstudio.rl.EpisodeReport episode) {
    }

    /** An agent's greedy episode, played now and then during training for a screen to replay. */
    default void onReplay(AgentReplay replay) {
    }

    /** Status changes (running, paused, and the final state with a message explaining it). */
    default void onStatus(RunStatus status, String message) {
    }

    /** Work before training (building the tensor cache, fitting normalisation): {@code done} of {@code total}. */
    default void onPreparing(long done, long total, String message) {
    }
}
