package org.whiskerstudio.bench.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.deploy.OnnxParityFailed;
import org.whiskerstudio.deploy.dl4j.onnx.GeneratorExport;
import org.whiskerstudio.deploy.dl4j.onnx.OnnxExport;
import org.whiskerstudio.deploy.dl4j.onnx.OnnxInput;
import org.whiskerstudio.deploy.dl4j.onnx.OnnxWriter;
import org.whiskerstudio.deploy.dl4j.onnx.ParityExamples;
import org.whiskerstudio.deploy.onnx.OnnxFeed;
import org.whiskerstudio.deploy.onnx.OnnxModel;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * {@code whisker bench onnx}: for LeNet, the small VGG, an LSTM on Fashion-MNIST rows, the studio's LSTM template on
 * the sensor sample's series ({@link SensorSeries}) and the DCGAN generator: export time, parity over the test
 * examples, and one-example latency median/p99 in DL4J and in ONNX Runtime. Classifiers are trained briefly first so
 * their top classes mean something.
 */
public final class OnnxBenchmark {
    /** Fashion-MNIST as raw bytes: 28 x 28 grey images and their labels. */
    public record Data(byte[] trainPixels, byte[] trainLabels, byte[] testPixels, byte[] testLabels) {
        int trainCount() {
            return trainLabels.length;
        }
    }

    public record Options(int trainSteps, int batch, int parityExamples, int latencyIterations, long seed) {
    }

    /** One row of the table; {@code parity} is empty for the generator, which has no classes. */
    public record Row(String net, double exportSeconds, Optional<OnnxParity> parity, double maxDifference,
                      SpeedBenchmark.Latency dl4jMillis, SpeedBenchmark.Latency ortMillis) {
    }

    private static final int SIDE = 28;
    private static final int CLASSES = 10;

    private OnnxBenchmark() {
    }

    public static List<Row> run(Data data, Options options, Path scratch) throws IOException {
        List<Row> rows = new ArrayList<>();
        Preprocessing pixels = new Preprocessing(SIDE, SIDE, 1, ResizeMode.STRETCH);
        TensorShape.Image image = new TensorShape.Image(SIDE, SIDE, 1);
        Normalisation grey = greyNormalisation(data);
        rows.add(classifier("LeNet", Templates.lenet(image, CLASSES), pixels, grey, data, options, scratch));
        rows.add(classifier("VGG small", Templates.vggSmall(image, CLASSES), pixels, grey, data, options, scratch));
        TensorShape.Sequence rowsInput = new TensorShape.Sequence(SIDE, SIDE);
        rows.add(classifier("LSTM rows", Templates.lstmClassifier(rowsInput, CLASSES), pixels, grey, data, options,
                scratch));
        rows.add(SensorSeries.row(options, scratch));
        rows.add(generator(options));
        return rows;
    }

    private static Row classifier(String name, LayerGraph graph, Preprocessing p, Normalisation n, Data data,
                                  Options options, Path scratch) throws IOException {
        MultiLayerNetwork fresh = new MultiLayerNetwork(Dl4jModels.multiLayer(graph, options.seed()));
        fresh.init();
        Path zip = scratch.resolve(name.replace(' ', '-') + ".zip");
        ModelSerializer.writeModel(fresh, zip.toFile(), false);
        List<String> classes = IntStream.range(0, CLASSES).mapToObj(String::valueOf).toList();
        TrainedModel model = TrainedModel.load(zip, new Architecture(name, graph, Optional.empty()), classes, p, n);
        train((MultiLayerNetwork) model.dl4jModel(), model, data, options);
        List<byte[]> test = new ArrayList<>();
        for (int i = 0; i < Math.min(options.parityExamples(), data.testLabels().length); i++) {
            test.add(pixels(data.testPixels(), i));
        }
        return measure(name, model, new ParityExamples.Examples(test, test.size() + " test examples"), options,
                scratch);
    }

    /**
     * Exports {@code model}, checks it on {@code examples} and times one example (the first) in both engines; a failed
     * check is a row of the table too, timed on the unchecked model.
     */
    static Row measure(String name, TrainedModel model, ParityExamples.Examples examples, Options options,
                       Path scratch) throws IOException {
        Path file = scratch.resolve(name.replace(' ', '-') + ".onnx");
        long t0 = System.nanoTime();
        OnnxParity parity;
        try {
            parity = OnnxExport.export(model, name, examples, file, Progress.NONE);
        } catch (OnnxParityFailed failed) {
            parity = failed.parity();
            Files.write(file, OnnxExport.write(model, name).toByteArray());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        byte[] onnx = Files.readAllBytes(file);
        List<byte[]> one = List.of(examples.records().get(0));
        SpeedBenchmark.Latency dl4j = latency(() -> model.predictPixels(one), options.latencyIterations());
        try (OnnxModel session = OnnxModel.load(onnx, 0)) {
            OnnxFeed feed = OnnxFeed.ofRecords(model.preprocessing(), one);
            SpeedBenchmark.Latency ort = latency(() -> session.run(feed), options.latencyIterations());
            return new Row(name, seconds, Optional.of(parity), parity.maxDifference(), dl4j, ort);
        }
    }

    private static void train(MultiLayerNetwork net, TrainedModel model, Data data, Options options) {
        for (int step = 0; step < options.trainSteps(); step++) {
            List<byte[]> batch = new ArrayList<>();
            float[] labels = new float[options.batch() * CLASSES];
            for (int b = 0; b < options.batch(); b++) {
                int index = (step * options.batch() + b) % data.trainCount();
                batch.add(pixels(data.trainPixels(), index));
                labels[b * CLASSES + data.trainLabels()[index]] = 1f;
            }
            net.fit(new DataSet(model.encode(batch), Nd4j.create(labels, new long[] {options.batch(), CLASSES}, 'c')));
        }
    }

    /** The DCGAN generator (as initialised: it has no classes, so only its outputs are compared). */
    private static Row generator(Options options) {
        int noise = 100;
        LayerGraph graph = Templates.dcgan(new TensorShape.Image(SIDE, SIDE, 1), noise).network();
        MultiLayerNetwork net = new MultiLayerNetwork(Dl4jModels.multiLayer(graph, options.seed()));
        net.init();
        long t0 = System.nanoTime();
        byte[] onnx = OnnxWriter.write(net, new OnnxInput.Network(InputType.feedForward(noise)), Map.of())
                .toByteArray();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double max = GeneratorExport.check(net, onnx, noise, options.parityExamples(), options.seed())
                .maxDifference();
        try (OnnxModel session = OnnxModel.load(onnx, 0)) {
            // The first of the checked vectors: the same seed draws the same values first
            float[] first = Nd4j.randn(options.seed(), new long[] {1, noise}).toFloatVector();
            SpeedBenchmark.Latency dl4jMillis = latency(() -> net.output(Nd4j.create(first, new long[] {1, noise}, 'c'), false),
                    options.latencyIterations());
            OnnxFeed feed = OnnxFeed.floats(first, 1, noise);
            SpeedBenchmark.Latency ortMillis = latency(() -> session.run(feed), options.latencyIterations());
            return new Row("DCGAN generator", seconds, Optional.empty(), max, dl4jMillis, ortMillis);
        }
    }

    /** One-example latency after a warm-up of a tenth of the iterations. */
    private static SpeedBenchmark.Latency latency(Supplier<?> call, int iterations) {
        for (int i = 0; i < Math.max(5, iterations / 10); i++) {
            call.get();
        }
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return SpeedBenchmark.Latency.of(ms);
    }

    /** Image {@code index}'s pixels, the record of a 28x28 grey image (LeNet, VGG, and the LSTM reading its rows). */
    private static byte[] pixels(byte[] pixels, int index) {
        int size = SIDE * SIDE;
        return Arrays.copyOfRange(pixels, index * size, (index + 1) * size);
    }

    private static Normalisation greyNormalisation(Data data) {
        double sum = 0;
        double squares = 0;
        for (byte b : data.trainPixels()) {
            double v = (b & 0xFF) / 255.0;
            sum += v;
            squares += v * v;
        }
        double mean = sum / data.trainPixels().length;
        double std = Math.sqrt(squares / data.trainPixels().length - mean * mean);
        return new Normalisation(new float[] {(float) mean}, new float[] {(float) std});
    }

}
