package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.training.GanHealth;
import org.whiskerstudio.training.GanListener;
import org.whiskerstudio.training.GanSamples;
import org.whiskerstudio.training.GanStep;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingControl;

/**
 * The GAN loop. Each step: D learns real images as 1 and the generator's fakes as 0; D's weights go into the stack;
 * the stack learns noise as 1 with D frozen, so only G moves, towards fooling D; G takes the stack's G weights. A
 * fixed noise batch is rendered every {@code sampleEvery} steps so a person watches shapes form. The generator and
 * discriminator are saved after every epoch ({@code generator.zip}, {@code discriminator.zip}).
 */
public final class GanTrainer {
    /** The files a GAN run keeps. */
    public static final String GENERATOR = "generator.zip";
    public static final String DISCRIMINATOR = "discriminator.zip";

    private GanTrainer() {
    }

    /**
     * @param samples  images in the fixed-noise grid
     * @param sampleEvery steps between grids (a grid also ends every epoch)
     */
    public record Job(Architecture gan, TrainingTensors realImages, int epochs, double learningRate, long seed,
                      int samples, int sampleEvery, Path folder, TrainingControl control, GanListener listener) {
    }

    /** The final state and why. */
    public record Outcome(RunStatus status, String message, long iterations) {
    }

    public static Outcome run(Job job) throws IOException, InterruptedException {
        Nd4j.getRandom().setSeed(job.seed());
        GanModels models = GanModels.create(job.gan(), job.seed(), job.learningRate());
        int noise = noiseSize(job.gan());
        INDArray fixedNoise = Nd4j.randn(DataType.FLOAT, job.samples(), noise);
        TensorShape.Image image = imageShape(job.gan());
        GanHealth health = new GanHealth();
        long iteration = 0;
        job.listener().onStatus(RunStatus.RUNNING, "");
        for (int epoch = 0; epoch < job.epochs(); epoch++) {
            DataSetIterator real = job.realImages().train(epoch);
            while (real.hasNext()) {
                if (!job.control().awaitRunnable(() -> job.listener().onStatus(RunStatus.PAUSED, ""),
                        () -> job.listener().onStatus(RunStatus.RUNNING, ""))) {
                    save(models, job.folder());
                    return new Outcome(RunStatus.STOPPED, "Stopped after " + iteration + " steps; the generator is saved.",
                            iteration);
                }
                GanStep step = step(models, real.next().getFeatures(), noise, epoch + 1, ++iteration);
                job.listener().onStep(step);
                Optional<String> warning = health.step(step);
                if (!Double.isFinite(step.discriminatorLoss()) || !Double.isFinite(step.generatorLoss())) {
                    return new Outcome(RunStatus.DIVERGED, warning.orElse("A loss became NaN."), iteration);
                }
                warning.ifPresent(job.listener()::onWarning);
                if (iteration % job.sampleEvery() == 0) {
                    samples(models, fixedNoise, image, iteration, health, job.listener());
                }
            }
            samples(models, fixedNoise, image, iteration, health, job.listener());
            save(models, job.folder());
        }
        return new Outcome(RunStatus.COMPLETED, "Trained " + job.epochs() + " epochs (" + iteration
                + " steps); the generator is saved.", iteration);
    }

    /** One D step and one G step on a batch of real images in [-1, 1]. */
    static GanStep step(GanModels m, INDArray real, int noise, int epoch, long iteration) {
        int n = (int) real.size(0);
        INDArray fake = m.generator.output(Nd4j.randn(DataType.FLOAT, n, noise), false);
        INDArray images = Nd4j.concat(0, real.castTo(DataType.FLOAT), fake.reshape(real.shape()));
        INDArray truth = Nd4j.concat(0, Nd4j.ones(DataType.FLOAT, n, 1), Nd4j.zeros(DataType.FLOAT, n, 1));
        m.discriminator.fit(new DataSet(images, truth));
        double dLoss = m.discriminator.score();
        m.discriminatorIntoStack();
        m.stack.fit(new DataSet(Nd4j.randn(DataType.FLOAT, n, noise), Nd4j.ones(DataType.FLOAT, n, 1)));
        double gLoss = m.stack.score();
        m.stackIntoGenerator();
        return new GanStep(epoch, iteration, dLoss, gLoss);
    }

    private static void samples(GanModels m, INDArray noise, TensorShape.Image image, long iteration, GanHealth health,
                                GanListener listener) {
        GanSamples samples = new GanSamples(iteration, image.width(), image.height(), image.channels(),
                toBytes(m.generator.output(noise, false), image));
        listener.onSamples(samples);
        health.samples(samples).ifPresent(listener::onWarning);
    }

    /** Generator output in [-1, 1] to unsigned bytes, CHW per image. */
    static List<byte[]> toBytes(INDArray output, TensorShape.Image image) {
        int n = (int) output.size(0);
        int size = (int) image.size();
        float[] values = output.reshape(n, size).castTo(DataType.FLOAT).data().asFloat();
        List<byte[]> images = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] px = new byte[size];
            for (int k = 0; k < size; k++) {
                float v = (values[i * size + k] + 1f) * 127.5f;
                px[k] = (byte) Math.max(0, Math.min(255, Math.round(v)));
            }
            images.add(px);
        }
        return images;
    }

    private static void save(GanModels m, Path folder) throws IOException {
        AtomicFiles.write(folder.resolve(GENERATOR), out -> ModelSerializer.writeModel(m.generator, out, false));
        AtomicFiles.write(folder.resolve(DISCRIMINATOR), out -> ModelSerializer.writeModel(m.discriminator, out, false));
    }

    static int noiseSize(Architecture gan) {
        TensorShape input = ProjectDataSource.inputOf(gan);
        if (!(input instanceof TensorShape.Vector v)) {
            throw new IllegalArgumentException("a generator's input must be a noise vector, not " + input.label());
        }
        return v.length();
    }

    static TensorShape.Image imageShape(Architecture gan) {
        return gan.discriminator().orElseThrow().inputShape().filter(s -> s instanceof TensorShape.Image)
                .map(s -> (TensorShape.Image) s).orElseThrow(() -> new IllegalArgumentException("the discriminator's input must be an image"));
    }
}
