package org.whiskerstudio.training;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends a run's metrics to epochs.csv (flushed line by line: an epoch is rare and precious) and iterations.csv
 * (buffered, flushed with every epoch and on close: a step is frequent and cheap to lose).
 */
public final class MetricLog implements AutoCloseable {
    static final String EPOCH_HEADER = "epoch,iteration,train_loss,train_accuracy,validation_loss,validation_accuracy,"
            + "learning_rate,millis";
    static final String ITERATION_HEADER = "epoch,iteration,loss,examples_per_second";

    private final BufferedWriter epochs;
    private final BufferedWriter iterations;

    public MetricLog(RunFolder folder) throws IOException {
        Files.createDirectories(folder.root());
        epochs = open(folder.epochs(), EPOCH_HEADER);
        try {
            iterations = open(folder.iterations(), ITERATION_HEADER);
        } catch (IOException e) {
            epochs.close();
            throw e;
        }
    }

    private static BufferedWriter open(Path file, String header) throws IOException {
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (fresh) {
            out.write(header);
            out.newLine();
        }
        return out;
    }

    public void append(IterationMetric m) throws IOException {
        iterations.write(m.epoch() + "," + m.iteration() + "," + m.loss() + "," + m.examplesPerSecond());
        iterations.newLine();
    }

    /** Also flushes the steps, so the file of steps is complete up to this epoch. */
    public void append(EpochMetric m) throws IOException {
        iterations.flush();
        epochs.write(m.epoch() + "," + m.iteration() + "," + m.trainLoss() + "," + m.trainAccuracy() + ","
                + m.validationLoss() + "," + m.validationAccuracy() + "," + m.learningRate() + "," + m.millis());
        epochs.newLine();
        epochs.flush();
    }

    public void flush() throws IOException {
        iterations.flush();
        epochs.flush();
    }

    @Override
    public void close() throws IOException {
        try (epochs; iterations) {
            flush();
        }
    }
}
