package org.whiskerstudio.deploy.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.deploy.BundleFormat;
import org.whiskerstudio.deploy.BundleRefused;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.evaluation.NormalCodes;
import org.whiskerstudio.evaluation.dl4j.AnomalyEvaluator;
import org.whiskerstudio.evaluation.dl4j.AnomalyScorer;
import org.whiskerstudio.evaluation.dl4j.RunCodes;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.AnomalyThreshold;
import org.whiskerstudio.training.NormalClass;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.dl4j.AutoencoderCodes;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * An autoencoder's part of a bundle: on export its card's anomaly entry and its {@code normal-codes.bin}; on load its
 * scorer (by code distance with the bundle's codes, held to the card and the network; by reconstruction error for a
 * bundle made before the code distance) and the check that the network rebuilds the card's input.
 */
final class AnomalyBundle {
    private AnomalyBundle() {
    }

    /**
     * An autoencoder's reference codes (the run's normal training codes, written to {@code codes}), its threshold
     * (moved on the Evaluate screen, else the default computed now by code distance) and normal class.
     */
    static ModelCard.AnomalyEntry entry(ProjectStore store, OpenedRun run, TrainedModel model, Path codes)
            throws IOException {
        NormalCodes normal = RunCodes.of(store, run, model, Progress.NONE, new Cancellation()).orElseThrow();
        normal.write(codes);
        AnomalyThreshold threshold = AnomalyEvaluator.threshold(store, run,
                AnomalyScorer.byCodeDistance(model, normal.neighbours()), Progress.NONE);
        return new ModelCard.AnomalyEntry(threshold.value(), threshold.source(),
                run.folder().readNormalClass().orElse(NormalClass.ALL).name(),
                Optional.of(new ModelCard.NormalCodesEntry(normal.codes().length, normal.dimensions(),
                        BundleFormat.sha256(codes))));
    }

    /** The scorer of a loaded bundle, its codes checked first when it has some. */
    static AnomalyScorer scorer(String label, ModelCard.AnomalyEntry anomaly, TrainedModel model,
                                BundleFormat.Opened opened) throws IOException {
        if (anomaly.normalCodes().isEmpty()) {
            return AnomalyScorer.byReconstruction(model);
        }
        return AnomalyScorer.byCodeDistance(model, normalCodes(label, anomaly.normalCodes().get(), model,
                opened.normalCodes().orElseThrow()).neighbours());
    }

    /**
     * A bundle's reference codes, read with the file's own checks, then held to the card: as many codes of as many
     * numbers as it says, and as many numbers as the network's bottleneck gives.
     */
    private static NormalCodes normalCodes(String label, ModelCard.NormalCodesEntry entry, TrainedModel model,
                                           Path file) throws IOException {
        String name = label + "!" + BundleFormat.NORMAL_CODES;
        NormalCodes codes;
        try {
            codes = NormalCodes.read(file, name);
        } catch (IOException e) {
            throw new BundleRefused(e.getMessage(), e);
        }
        if (codes.codes().length != entry.count() || codes.dimensions() != entry.dimensions()) {
            throw new BundleRefused(name + " holds " + codes.codes().length + " codes of " + codes.dimensions()
                    + " numbers but the card says " + entry.count() + " of " + entry.dimensions() + ".");
        }
        int bottleneck = AutoencoderCodes.dimensions(model);
        if (codes.dimensions() != bottleneck) {
            throw new BundleRefused(name + " holds codes of " + codes.dimensions() + " numbers but the network's "
                    + "bottleneck gives " + bottleneck + ".");
        }
        return codes;
    }

    /** An autoencoder must rebuild the card's input: its reconstruction of an empty example is scored without error. */
    static void checkReconstruction(String label, TrainedModel model, List<byte[]> empty) throws BundleRefused {
        try {
            if (model.reconstructionErrors(empty).length != 1) {
                throw new IllegalStateException("not one score for one example");
            }
        } catch (RuntimeException e) {
            throw new BundleRefused(label + ": the autoencoder does not rebuild the card's input: " + e.getMessage(), e);
        }
    }
}
