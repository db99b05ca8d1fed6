package org.whiskerstudio.training;

import java.io.IOException;
import java.util.Optional;
import org.whiskerstudio.architecture.ModelKind;

/** A run asked for as a classifier that is not one (a next-character model, an autoencoder); the message says what it is instead. */
public final class NotAClassifier extends IOException {
    public NotAClassifier(String message) {
        super(message);
    }

    /**
     * Refuses an autoencoder run where a classifier is needed (ONNX, class evaluation): its output is a
     * reconstruction, not class probabilities.
     */
    public static void refuseAutoencoder(TrainingRun run) throws NotAClassifier {
        if (run.kind() == ModelKind.AUTOENCODER) {
            throw new NotAClassifier("Run \"" + run.name() + "\" (run " + run.id() + ") is an autoencoder: it scores "
                    + "how unusual an example is instead of naming its class. Its anomaly scores are printed by "
                    + "whisker evaluate PROJECT --run " + run.id() + " and a bundle of it (without ONNX) answers them; "
                    + "ONNX export and class metrics take classifiers.");
        }
    }

    /** Refuses an agent's run where a model bundle is asked for: its own {@code agent.zip} is what plays. */
    public static void refuseAgent(TrainingRun run) throws NotAClassifier {
        if (run.kind() == ModelKind.AGENT) {
            throw new NotAClassifier("Run \"" + run.name() + "\" (run " + run.id() + ") is an agent: it acts in its "
                    + "environment instead of answering files. The agent.zip in its run folder is its bundle, for "
                    + "whisker rl play and whisker rl evaluate.");
        }
    }

    /**
     * Refuses a run that does not name classes where a classifier is needed: an autoencoder
     * ({@link #refuseAutoencoder}), a detector, whose answer is boxes, or an agent ({@link #refuseAgent}).
     */
    public static void refuseNonClassifier(TrainingRun run) throws NotAClassifier {
        refuseAutoencoder(run);
        refuseAgent(run);
        if (run.kind() == ModelKind.DETECTOR) {
            throw new NotAClassifier("Run \"" + run.name() + "\" (run " + run.id() + ") is a detector: it finds "
                    + "boxes instead of naming one class for a picture. Its mAP is printed by whisker evaluate PROJECT "
                    + "--run " + run.id() + ".");
        }
    }

    /** This exception in {@code e} or its causes (a background task may wrap it). */
    public static Optional<NotAClassifier> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NotAClassifier n) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
