package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.whiskerstudio.architecture.Autoencoder;
import org.whiskerstudio.architecture.TensorShape;

/**
 * Trains an autoencoder in the classifier's loop (checkpoints, best model, early stopping on the validation part's
 * reconstruction loss): every batch becomes its own target, and with a normal class only that class's examples are
 * learned and validated on, so the validation loss is the normal examples' reconstruction error.
 */
final class AutoencoderTrainer extends Dl4jTrainer {
    private final Job job;
    private final boolean flat;
    private final OptionalInt normal;
    private final TensorShape input;
    private final boolean variational;
    private final List<String> features;
    /** Made at the first epoch's end (the validation part is read then); empty without validation examples. */
    private Optional<ReconstructionPreview> preview;

    private AutoencoderTrainer(Job job, Autoencoder shape, OptionalInt normal, List<String> features) {
        super(job);
        this.features = features;
        this.job = job;
        this.flat = shape.flat();
        this.input = shape.input();
        this.variational = Autoencoder.variational(job.network());
        this.normal = normal;
    }

    /**
     * Runs the job to its end.
     *
     * @param shape  the network's input and whether it rebuilds it as a flat vector
     * @param normal   the label index of the normal class, or empty to learn every example
     * @param features a series' feature names for the Train screen's lines, or empty
     */
    static TrainingOutcome run(Job job, Autoencoder shape, OptionalInt normal, List<String> features)
            throws IOException, InterruptedException {
        try (Nd4jThreads ignored = Nd4jThreads.apply(job.config().threads())) {
            return new AutoencoderTrainer(job, shape, normal, features).train();
        }
    }

    /** An autoencoder shows its reconstructions of a fixed few validation examples after every epoch. */
    @Override
    protected void epochEnded(int epoch, long iteration) {
        if (preview == null) {
            preview = ReconstructionPreview.of(input, job.data().validation(), this::normalOnly,
                    job.data().normalisation(), features);
        }
        preview.ifPresent(p -> job.listener().onReconstructions(p.sample(net, epoch + 1)));
    }

    @Override
    protected Optional<DataSet> learned(DataSet batch) {
        return normalOnly(batch).map(b -> Reconstructions.target(b, flat));
    }

    @Override
    protected boolean classifies() {
        return false;
    }

    @Override
    protected String watchedLoss() {
        String loss = variational ? "loss (negative ELBO)" : "reconstruction loss";
        return (hasValidation() ? "Validation " : "Training ") + loss;
    }

    /** The batch's examples of the normal class (its one-hot label), or all of them; empty when none is. */
    private Optional<DataSet> normalOnly(DataSet batch) {
        if (normal.isEmpty()) {
            return Optional.of(batch);
        }
        INDArray labels = batch.getLabels();
        INDArray classes = labels.rank() == 2 ? labels.argMax(1) : labels.argMax(1).getColumn(0);
        int[] rows = java.util.stream.IntStream.range(0, (int) classes.length())
                .filter(i -> classes.getInt(i) == normal.getAsInt()).toArray();
        if (rows.length == 0) {
            return Optional.empty();
        }
        if (rows.length == classes.length()) {
            return Optional.of(batch);
        }
        INDArray features = batch.getFeatures().get(NDArrayIndex.indices(toLongs(rows)));
        INDArray mask = batch.getFeaturesMaskArray() == null ? null
                : batch.getFeaturesMaskArray().getRows(rows);
        return Optional.of(new DataSet(features, labels.getRows(rows), mask, null));
    }

    private static long[] toLongs(int[] rows) {
        long[] out = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i];
        }
        return out;
    }
}
