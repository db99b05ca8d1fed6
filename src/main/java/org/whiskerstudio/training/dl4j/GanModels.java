package org.whiskerstudio.training.dl4j;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.learning.config.Adam;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.GanStack;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;

/**
 * The three networks of a GAN run: the generator G, the discriminator D, and the stack G+D whose D layers are
 * frozen (gradients flow through them to G, their weights do not move). DL4J shares no parameters between networks,
 * so every step copies D into the stack before the generator's step, and the stack's G part back into G after it.
 */
final class GanModels {
    /** DCGAN's usual Adam: a low rate and beta1 = 0.5 keep the two players from oscillating. */
    static final double BETA1 = 0.5;

    final MultiLayerNetwork generator;
    final MultiLayerNetwork discriminator;
    final MultiLayerNetwork stack;

    private GanModels(MultiLayerNetwork generator, MultiLayerNetwork discriminator, MultiLayerNetwork stack) {
        this.generator = generator;
        this.discriminator = discriminator;
        this.stack = stack;
    }

    static GanModels create(Architecture gan, long seed, double learningRate) {
        Adam adam = new Adam(learningRate, BETA1, 0.999, 1e-8);
        MultiLayerNetwork g = new MultiLayerNetwork(Dl4jModels.multiLayer(gan.network(), seed, adam, 0));
        g.init();
        MultiLayerNetwork d = new MultiLayerNetwork(Dl4jModels.multiLayer(gan.discriminator().orElseThrow(), seed + 1, adam, 0));
        d.init();
        MultiLayerConfiguration stacked = Dl4jModels.multiLayer(GanStack.of(gan), seed, adam, 0);
        for (int i = g.getnLayers(); i < stacked.getConfs().size(); i++) {
            NeuralNetConfiguration conf = stacked.getConf(i);
            conf.setLayer(new FrozenLayerWithBackprop(conf.getLayer()));
        }
        MultiLayerNetwork stack = new MultiLayerNetwork(stacked);
        stack.init();
        GanModels models = new GanModels(g, d, stack);
        models.generatorIntoStack();
        models.discriminatorIntoStack();
        return models;
    }

    int generatorLayers() {
        return generator.getnLayers();
    }

    /** D's current weights into the stack's frozen part, before the generator learns against them. */
    void discriminatorIntoStack() {
        for (int i = 0; i < discriminator.getnLayers(); i++) {
            stack.getLayer(generatorLayers() + i).setParams(discriminator.getLayer(i).params().dup());
        }
    }

    /** What the generator learnt inside the stack, back into G (which makes the samples). */
    void stackIntoGenerator() {
        for (int i = 0; i < generatorLayers(); i++) {
            generator.getLayer(i).setParams(stack.getLayer(i).params().dup());
        }
    }

    private void generatorIntoStack() {
        for (int i = 0; i < generatorLayers(); i++) {
            stack.getLayer(i).setParams(generator.getLayer(i).params().dup());
        }
    }
}
