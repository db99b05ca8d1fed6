package org.whiskerstudio.rl.dl4j;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.dl4j.Dl4jLayers;
import org.whiskerstudio.architecture.dl4j.Dl4jRuntime;
import org.whiskerstudio.common.ModelZips;
import org.whiskerstudio.rl.Policy;

/**
 * An action-value network: observation in, one linear output per action. The loss is a summed squared error, which
 * {@link TdTargets} turns into the Huber loss's gradient by clipping how far each target lies from the output.
 */
public final class QNetwork implements Policy {
    private final MultiLayerNetwork net;

    static {
        Dl4jRuntime.configure();
    }

    private QNetwork(MultiLayerNetwork net) {
        this.net = net;
    }

    /** Hidden Dense layers between {@code inputs} numbers and {@code actions} values, Adam at {@code learningRate}. */
    public static QNetwork create(int inputs, List<LayerSpec.Dense> hidden, int actions, double learningRate,
                                  long seed) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().seed(seed)
                .updater(new Adam(learningRate)).weightInit(WeightInit.XAVIER).dataType(DataType.FLOAT).list();
        int index = 0;
        for (LayerSpec.Dense dense : hidden) {
            list.layer(index++, new DenseLayer.Builder().nOut(dense.units())
                    .activation(Dl4jLayers.activation(dense.activation())).build());
        }
        list.layer(index, Dl4jLayers.qValues(actions));
        MultiLayerNetwork net = new MultiLayerNetwork(list.setInputType(InputType.feedForward(inputs)).build());
        net.init();
        return new QNetwork(net);
    }

    /**
     * A network saved by {@link #save}, ready to act (its optimiser state is not kept). The zip is checked entry by
     * entry first, as every model zip is ({@link ModelZips}): DL4J Java-deserializes some entries, so a crafted one
     * could run code.
     *
     * @param shownAs what the messages call the file
     */
    public static QNetwork load(Path zip, String shownAs) throws IOException {
        ModelZips.requireModelOnly(zip, shownAs);
        return new QNetwork(ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), false));
    }

    public void save(OutputStream out) throws IOException {
        ModelSerializer.writeModel(net, out, false);
    }

    /** With the optimiser's state (Adam's moments and step count), for a learner that will go on training. */
    void saveWithOptimiser(OutputStream out) throws IOException {
        ModelSerializer.writeModel(net, out, true);
    }

    /** A network {@link #saveWithOptimiser} wrote, checked as {@link #load} checks, ready to go on training. */
    static QNetwork loadWithOptimiser(Path zip, String shownAs) throws IOException {
        ModelZips.requireModelOnly(zip, shownAs);
        return new QNetwork(ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true));
    }

    /** How many numbers it reads and how many values it answers, to check a saved network against its task. */
    boolean fits(int inputs, int actions) {
        return net.layerInputSize(0) == inputs && net.layerSize(net.getnLayers() - 1) == actions;
    }

    @Override
    public double[] values(double[] observation) {
        return valuesOfAll(new double[][] {observation})[0];
    }

    @Override
    public double[][] valuesOfAll(double[][] observations) {
        return valuesOf(TdTargets.matrix(Arrays.asList(observations)));
    }

    /**
     * Inference-mode values of a batch the caller made and no longer needs: the batch's and the output's native
     * memory are given back at once ({@link TdTargets#release}).
     */
    double[][] valuesOf(INDArray observations) {
        double[][] values = TdTargets.rows(output(observations));
        TdTargets.release(observations);
        return values;
    }

    /** Inference-mode values for a batch of observations, one row each. */
    INDArray output(INDArray observations) {
        return net.output(observations);
    }

    /** One gradient step of the summed squared error towards {@code targets}. */
    void fit(INDArray observations, INDArray targets) {
        net.fit(observations, targets);
    }

    /** A network with the same layers and weights, for a target network. */
    public QNetwork copy() {
        return new QNetwork(net.clone());
    }

    /**
     * Moves these weights a fraction {@code tau} of the way to {@code source}'s: 1 copies them (a hard update),
     * 0.005 is a soft (Polyak) update.
     */
    void blend(QNetwork source, double tau) {
        INDArray mine = net.params();
        mine.muli(1 - tau).addi(source.net.params().mul(tau));
    }

    /** The weights as numbers, for tests of target updates. */
    double[] weights() {
        return net.params().toDoubleVector();
    }
}
