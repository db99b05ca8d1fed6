package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.ModelZips;

/** A trained GAN generator: makes images (unsigned bytes, CHW) from seeded noise. */
public final class Generator {
    private final MultiLayerNetwork net;
    private final int noise;
    private final TensorShape.Image image;

    private Generator(MultiLayerNetwork net, int noise, TensorShape.Image image) {
        this.net = net;
        this.noise = noise;
        this.image = image;
    }

    /** A saved {@code generator.zip} (checked by {@link ModelZips} before DL4J reads it) of this GAN architecture. */
    public static Generator load(Path zip, Architecture gan) throws IOException {
        ModelZips.requireModelOnly(zip);
        return new Generator(ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), false), GanTrainer.noiseSize(gan),
                GanTrainer.imageShape(gan));
    }

    public TensorShape.Image image() {
        return image;
    }

    /** The length of the noise vector the generator reads. */
    public int noiseSize() {
        return noise;
    }

    /** The network itself, for an export that reads its layers (not to be trained or shared across threads). */
    public MultiLayerNetwork network() {
        return net;
    }

    /** {@code count} images from noise drawn with {@code seed}: the same seed makes the same images. */
    public synchronized List<byte[]> generate(int count, long seed) {
        Random random = Nd4j.getRandomFactory().getNewRandomInstance(seed);
        return GanTrainer.toBytes(net.output(Nd4j.randn(new long[] {count, noise}, random).castTo(DataType.FLOAT), false), image);
    }
}
