package org.whiskerstudio.training;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Writes a GAN run's iterations.csv: both losses per step. Buffered and flushed with every sample grid and on close,
 * as a step is frequent and cheap to lose; {@link MetricFiles#ganSteps} reads it back.
 */
public final class GanMetricLog implements AutoCloseable {
    static final String HEADER = "epoch,iteration,discriminator_loss,generator_loss";

    private final BufferedWriter out;

    /** A fresh file: a GAN run is never resumed, so there is nothing to append to. */
    public GanMetricLog(RunFolder folder) throws IOException {
        Files.createDirectories(folder.root());
        out = Files.newBufferedWriter(folder.iterations(), StandardCharsets.UTF_8);
        out.write(HEADER);
        out.newLine();
    }

    public void append(GanStep step) throws IOException {
        out.write(step.epoch() + "," + step.iteration() + "," + step.discriminatorLoss() + "," + step.generatorLoss());
        out.newLine();
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
