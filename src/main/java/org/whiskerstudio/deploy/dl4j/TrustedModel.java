package org.whiskerstudio.deploy.dl4j;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.deploy.BundleRefused;
import org.whiskerstudio.deploy.DeserializationGuard;
import org.whiskerstudio.deploy.SafeZip;
import org.whiskerstudio.common.ModelZips;

/**
 * Turns an untrusted model zip into one DL4J may read. The zip's entries are checked ({@link SafeZip},
 * {@link ModelZips}); then its {@code configuration.json} is not used at all: the network is built from the card's
 * architecture by our own code, and only {@code coefficients.bin} (a plain array of numbers) is read into it, its size
 * checked against the network's parameter count first. The result is written to a fresh zip of our making.
 */
final class TrustedModel {
    private static final long CONFIG_LIMIT = 64L << 20;
    private static final long COEFFICIENTS_LIMIT = 1L << 30;
    private static final SafeZip.Rules RULES = new SafeZip.Rules(Map.of("configuration.json", CONFIG_LIMIT,
            "coefficients.bin", COEFFICIENTS_LIMIT, "updaterState.bin", 2 * COEFFICIENTS_LIMIT),
            CONFIG_LIMIT + 3 * COEFFICIENTS_LIMIT);

    private TrustedModel() {
    }

    /** Writes {@code target}: the architecture's network with the untrusted zip's parameters. */
    static void rebuild(Path untrusted, String label, Architecture architecture, Path target) throws IOException {
        ByteArrayOutputStream coefficients = new ByteArrayOutputStream();
        SafeZip.read(untrusted, label, RULES, (name, in) -> {
            if (name.equals("coefficients.bin")) {
                in.transferTo(coefficients);
            }
        });
        try {
            ModelZips.requireModelOnly(untrusted);
        } catch (IOException e) {
            throw new BundleRefused(label + ": " + e.getMessage(), e);
        }
        Model net = fresh(architecture.network());
        // Every parameter, pretraining ones included: a variational autoencoder's numParams() leaves out its decoder.
        long expected = net.params().length();
        long size = coefficients.size();
        // float32 parameters take 4 bytes each, float64 8; the array header is small.
        if (size < expected || size > 8 * expected + (64 << 10)) {
            throw new BundleRefused(label + ": coefficients.bin has " + size + " bytes, which cannot be the "
                    + expected + " parameters of the card's architecture; it was not opened.");
        }
        INDArray params;
        try {
            params = DeserializationGuard.refuseJavaObjects(() ->
                    Nd4j.read(new DataInputStream(new ByteArrayInputStream(coefficients.toByteArray()))));
        } catch (Exception | OutOfMemoryError e) {
            throw new BundleRefused(label + ": coefficients.bin is not a readable array of parameters ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ").", e);
        }
        if (params.length() != expected) {
            throw new BundleRefused(label + ": coefficients.bin holds " + params.length() + " parameters, the card's "
                    + "architecture has " + expected + "; they do not belong together.");
        }
        net.setParams(params.reshape(1, expected).castTo(net.params().dataType()));
        try (var out = Files.newOutputStream(target)) {
            ModelSerializer.writeModel(net, out, false);
        }
    }

    /** Exactly the network training builds (the seed and updater do not matter for inference). */
    private static Model fresh(LayerGraph graph) {
        if (Dl4jModels.isChain(graph)) {
            MultiLayerNetwork net = new MultiLayerNetwork(Dl4jModels.multiLayer(graph, 0));
            net.init();
            return net;
        }
        ComputationGraph net = new ComputationGraph(Dl4jModels.computationGraph(graph, 0));
        net.init();
        return net;
    }
}
