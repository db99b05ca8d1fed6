package org.whiskerstudio.deploy;

import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.training.CharacterRunNote;
import org.whiskerstudio.training.TrainingRun;

/**
 * What the Deploy screen offers for a model of each kind, so the screen asks the model instead of testing kinds: a
 * classifier is tried on files, bundled and exported as ONNX; a GAN's generator has no classes to predict or to put
 * on a card, so only its ONNX export is offered; a character model writes text, which none of these take; an
 * autoencoder is tried on files and bundled with its anomaly threshold (each answer a score and a verdict), but has no
 * ONNX export (its score is computed after the network, in the studio); a detector is tried on files (its boxes
 * drawn), predicts a folder (one CSV row per box) and is bundled with its anchors and thresholds, without ONNX (its
 * boxes are decoded and suppressed after the network).
 *
 * @param predict whether it is loaded and tried on files (and a folder predicted)
 * @param bundle  whether it can become a model bundle
 * @param onnx    whether it can be exported as ONNX
 */
public record DeployOffer(boolean predict, boolean bundle, boolean onnx) {
    /** The offer for a model of {@code kind}; an imported bundle is a classifier's. */
    public static DeployOffer of(ModelKind kind) {
        return switch (kind) {
            case CLASSIFIER -> new DeployOffer(true, true, true);
            case GAN -> new DeployOffer(false, false, true);
            case AUTOENCODER, DETECTOR -> new DeployOffer(true, true, false);
            case CHARACTER_MODEL, AGENT -> new DeployOffer(false, false, false);
        };
    }

    /** What the screen says of a run it does not load to predict (in place of its classes); empty for one it does. */
    public static String note(TrainingRun run) {
        return switch (run.kind()) {
            case GAN -> "Run \"" + run.name() + "\" (run " + run.id() + ") is a GAN: its generator draws new pictures "
                    + "from noise, so it has no classes to try files on or to put in a bundle. Export ONNX writes the "
                    + "generator (noise in, picture out), checked against DL4J on 200 noise vectors; its sample grids "
                    + "are on the Train screen.";
            case CHARACTER_MODEL -> CharacterRunNote.sentence(run);
            case AGENT -> "Run \"" + run.name() + "\" (run " + run.id() + ") is an agent: it acts in its environment "
                    + "rather than answering files. Its agent.zip in the run's folder is a bundle for whisker rl play "
                    + "and whisker rl evaluate.";
            // Tried on files like a classifier: its answers say the score and the verdict, or draw the boxes.
            case CLASSIFIER, AUTOENCODER, DETECTOR -> "";
        };
    }
}
