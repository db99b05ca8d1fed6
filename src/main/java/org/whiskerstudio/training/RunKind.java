package org.whiskerstudio.training;

import java.util.Arrays;

/** What a run trained: a classifier (accuracy, resumable epochs) or a GAN (a generator and its samples). */
public enum RunKind {
    CLASSIFIER("classifier", "Classifier"),
    GAN("gan", "GAN");

    private final String key;
    private final String label;

    RunKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** As stored in {@code training_run.kind}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** An unknown key (a newer studio's kind) reads as a classifier, the kind every older run is. */
    public static RunKind fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst().orElse(CLASSIFIER);
    }
}
