package org.whiskerstudio.architecture;

import java.util.Arrays;

/**
 * What a network learns, which decides how it trains, what its runs hold and which screens offer it: derived once
 * from the architecture ({@link Architecture#kind()}) and stored with each run ({@code training_run.kind}).
 */
public enum ModelKind {
    /** Sorts examples into the project's classes; accuracy, resumable epochs. */
    CLASSIFIER("classifier", "Classifier", true),
    /** A generator and a discriminator learning one class's pictures; sample grids, not resumable. */
    GAN("gan", "GAN", false),
    /** Predicts the next character of the project's texts; bits per character, generated text, resumable. */
    CHARACTER_MODEL("character", "Character model", true),
    /**
     * Learns to give back its input (no labels needed); reconstruction loss, anomaly scores. Resumable: it trains in
     * the same checkpointed epoch loop as a classifier, and its checkpoint (weights, optimiser state, the normal
     * class in the run's config) is all it needs to go on.
     */
    AUTOENCODER("autoencoder", "Autoencoder", true),
    /**
     * Finds objects as boxes with classes (a YOLO head); mAP, resumable in the classifier's checkpointed epoch loop.
     */
    DETECTOR("detector", "Detector", true),
    /**
     * Acts in an environment and learns from its rewards (a Q-value head): returns per episode, the agent saved as
     * {@code agent.zip}; resumable from its learner's checkpoint ({@code learner.zip}: table or networks with the
     * optimiser's state, replay buffer, counters, random stream).
     */
    AGENT("agent", "Agent", true);

    private final String key;
    private final String label;
    private final boolean resumable;

    ModelKind(String key, String label, boolean resumable) {
        this.key = key;
        this.label = label;
        this.resumable = resumable;
    }

    /**
     * Of an architecture: a discriminator makes a GAN, a Reconstruction end an autoencoder, a YOLO head a detector,
     * Q-values an agent, a per-step prediction over its input a character model.
     */
    static ModelKind of(Architecture architecture) {
        if (architecture.isGan()) {
            return GAN;
        }
        if (Autoencoder.ends(architecture.network())) {
            return AUTOENCODER;
        }
        if (Detector.ends(architecture.network())) {
            return DETECTOR;
        }
        if (Agent.ends(architecture.network())) {
            return AGENT;
        }
        return CharacterModel.of(architecture.network()).isPresent() ? CHARACTER_MODEL : CLASSIFIER;
    }

    /** As stored in {@code training_run.kind}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Whether a stopped run of this kind keeps what it needs (optimiser state, checkpoints) to go on. */
    public boolean resumable() {
        return resumable;
    }

    /** An unknown key (a newer studio's kind) reads as a classifier, the kind every older run is. */
    public static ModelKind fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst().orElse(CLASSIFIER);
    }
}
