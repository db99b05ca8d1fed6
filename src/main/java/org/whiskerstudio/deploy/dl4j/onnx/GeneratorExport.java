package org.whiskerstudio.deploy.dl4j.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import onnx.Onnx.ModelProto;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.deploy.onnx.OnnxFeed;
import org.whiskerstudio.deploy.onnx.OnnxModel;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.dl4j.Generator;

/**
 * A GAN run's generator as {@code model.onnx}: noise in, generated image out, kept only when ONNX Runtime and DL4J
 * agree within {@link OnnxParity#LIMIT} on every output value of 200 seeded noise vectors.
 */
public final class GeneratorExport {
    /** Noise vectors of the parity check; fixed so that an export checks the same inputs every time. */
    static final long SEED = 1;

    private GeneratorExport() {
    }

    static OnnxParity ofRun(OpenedRun run, Path out, Progress progress) throws IOException {
        if (!Files.isRegularFile(run.folder().generator())) {
            throw new IOException("Run \"" + run.name() + "\" has no saved generator: it ended before its first step.");
        }
        Generator generator = Generator.load(run.folder().generator(), run.architecture());
        progress.update(1, 3, "Writing the ONNX model");
        ModelProto proto = write(generator, run.name());
        progress.update(2, 3, "Checking it against DL4J on " + ParityExamples.COUNT + " noise vectors");
        OnnxParity parity = check(generator.network(), proto.toByteArray(), generator.noiseSize(),
                ParityExamples.COUNT, SEED);
        return OnnxExport.keepIfPassed(proto, parity, out, progress);
    }

    static ModelProto write(Generator generator, String name) {
        return OnnxWriter.write(generator.network(), new OnnxInput.Network(InputType.feedForward(
                generator.noiseSize())), metadata(generator, name));
    }

    /**
     * {@code count} noise vectors drawn with {@code seed} through both engines; a vector agrees when none of its
     * outputs differs by more than the limit.
     */
    public static OnnxParity check(MultiLayerNetwork net, byte[] onnx, int noise, int count, long seed) {
        float[] z = Nd4j.toFlattened('c', Nd4j.randn(seed, new long[] {count, noise})).toFloatVector();
        float[] dl4j = Nd4j.toFlattened('c', net.output(Nd4j.create(z, new long[] {count, noise}, 'c'), false))
                .toFloatVector();
        int agreed = 0;
        double max = 0;
        try (OnnxModel session = OnnxModel.load(onnx, 0)) {
            float[][] ort = session.run(OnnxFeed.floats(z, count, noise));
            int width = dl4j.length / count;
            for (int i = 0; i < count; i++) {
                if (ort[i].length != width) {
                    throw new IllegalStateException("the ONNX model gives " + ort[i].length + " outputs, DL4J " + width);
                }
                double rowMax = 0;
                for (int k = 0; k < width; k++) {
                    // NaN counts as the largest difference, never as agreement
                    double d = Math.abs(ort[i][k] - dl4j[i * width + k]);
                    rowMax = Double.isNaN(d) ? Double.POSITIVE_INFINITY : Math.max(rowMax, d);
                }
                agreed += rowMax <= OnnxParity.LIMIT ? 1 : 0;
                max = Math.max(max, rowMax);
            }
        }
        return new OnnxParity(agreed, count, max, count + " noise vectors");
    }

    private static Map<String, String> metadata(Generator generator, String name) {
        TensorShape.Image image = generator.image();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("kind", "GAN generator");
        m.put("input", "float32 noise, standard normal (mean 0, std 1), " + generator.noiseSize() + " values per image");
        m.put("input_shape", Arrays.toString(new long[] {-1, generator.noiseSize()}).replace(" ", ""));
        m.put("output", "float32 images in [-1, 1] (tanh), channels first [N, " + image.channels() + ", "
                + image.height() + ", " + image.width() + "], " + (image.channels() == 1 ? "grey" : "RGB")
                + "; pixel 0-255 = (value + 1) * 127.5");
        m.put("studio_version", Provenance.here("", "", "").studioVersion());
        return m;
    }
}
