package org.whiskerstudio.bench.dl4j;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.whiskerstudio.evaluation.ScoredExample;
import org.whiskerstudio.evaluation.dl4j.Evaluator;
import org.whiskerstudio.labelling.formats.IdxFormat;
import org.whiskerstudio.suggest.Suggestion;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * A trained model over images held in memory as their records, the way suggesting and evaluating score records read
 * from the tensor cache ({@code evaluation.dl4j.CachedScoring}): batches of {@link Evaluator#BATCH} through
 * {@link TrainedModel#predictPixels}, a stop checked between batches.
 */
final class ActiveScoring {
    private ActiveScoring() {
    }

    /** The share of {@code test} the model classifies right (arg max, ties to the first class); empty if stopped. */
    static Optional<Double> accuracy(TrainedModel model, IdxFormat.Images test, BooleanSupplier stopped) {
        int[] all = new int[test.count()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        int[] correct = {0};
        boolean done = score(model, test, all, stopped, (i, probabilities) -> {
            correct[0] += ScoredExample.argMax(probabilities) == ActiveData.label(test, all[i]) ? 1 : 0;
        });
        return done ? Optional.of((double) correct[0] / all.length) : Optional.empty();
    }

    /** Each of {@code indices}' margin (p1 - p2) as {@link Suggestion} computes it; empty if stopped. */
    static Optional<double[]> margins(TrainedModel model, IdxFormat.Images pool, int[] indices,
                                      BooleanSupplier stopped) {
        double[] margins = new double[indices.length];
        Instant now = Instant.now();
        boolean done = score(model, pool, indices, stopped, (i, probabilities) ->
                margins[i] = Suggestion.of(indices[i], 0, model.classes(), probabilities, now).margin());
        return done ? Optional.of(margins) : Optional.empty();
    }

    /** Receives example {@code i} of the scored list with its class probabilities. */
    private interface Scored {
        void accept(int i, float[] probabilities);
    }

    /** Scores {@code indices} of {@code images} in batches; false when stopped between two. */
    private static boolean score(TrainedModel model, IdxFormat.Images images, int[] indices, BooleanSupplier stopped,
                                 Scored scored) {
        for (int start = 0; start < indices.length; start += Evaluator.BATCH) {
            if (stopped.getAsBoolean()) {
                return false;
            }
            int end = Math.min(indices.length, start + Evaluator.BATCH);
            List<byte[]> records = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                records.add(ActiveData.record(images, indices[i]));
            }
            float[][] probabilities = model.predictPixels(records);
            for (int i = start; i < end; i++) {
                scored.accept(i, probabilities[i - start]);
            }
        }
        return true;
    }
}
