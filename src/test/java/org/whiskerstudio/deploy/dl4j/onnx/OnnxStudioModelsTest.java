package org.whiskerstudio.deploy.dl4j.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.Graphs;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.architecture.dl4j.Dl4jRuntime;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.whiskerstudio.dataset.Encoding;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.dataset.TextEncoder;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * The studio's own networks as runs hold them, exported with the input stage: raw examples (pixels 0-255, series
 * values with padding, text ids) through ONNX Runtime agree with DL4J fed as training feeds it.
 */
@Tag("engine")
class OnnxStudioModelsTest {
    static {
        Dl4jRuntime.configure();
    }

    private static final Normalisation RGB = new Normalisation(new float[] {0.2f, 0.5f, 0.7f},
            new float[] {0.3f, 0.1f, 0.25f});
    private static final Normalisation GREY = new Normalisation(new float[] {0.4f}, new float[] {0.2f});

    private static void assertParity(TrainedModel model) {
        byte[] onnx = OnnxWriter.write(model.dl4jModel(), new OnnxInput.Studio(model.preprocessing(), model.layout(),
                model.normalisation()), Map.of()).toByteArray();
        ParityExamples.Examples examples = ParityExamples.random(model.preprocessing(), model.normalisation(), 20, 3);
        OnnxParity parity = ParityCheck.of(model, onnx, examples.records(), examples.from());
        assertTrue(parity.passed(), parity.line());
        assertEquals(20, parity.examples());
    }

    private static TrainedModel image(LayerGraph graph, int height, int width, int channels) throws IOException {
        Preprocessing p = new Preprocessing(width, height, channels, ResizeMode.STRETCH);
        return RandomModels.of(graph, p, channels == 3 ? RGB : GREY, 5);
    }

    @Test
    void leNetOnRgbPixels() throws IOException {
        assertParity(image(Templates.lenet(new TensorShape.Image(13, 11, 3), 5), 13, 11, 3));
    }

    @Test
    void smallVggWithBatchNorm() throws IOException {
        assertParity(image(Templates.vggSmall(new TensorShape.Image(12, 10, 3), 5), 12, 10, 3));
    }

    @Test
    void mlpOnAFlattenedImage() throws IOException {
        TrainedModel model = image(Templates.mlp(new TensorShape.Vector(49), 5), 7, 7, 1);
        assertEquals(Layout.VECTOR, model.layout());
        assertParity(model);
    }

    @Test
    void lstmOnImageRows() throws IOException {
        TrainedModel model = image(Templates.lstmClassifier(new TensorShape.Sequence(9, 7), 5), 9, 7, 1);
        assertEquals(Layout.SEQUENCE, model.layout());
        assertParity(model);
    }

    @Test
    void lstmOnSeriesWithPadding() throws IOException {
        Normalisation n = new Normalisation(new float[] {10f, -2f, 0.5f}, new float[] {4f, 0.5f, 2f});
        assertParity(RandomModels.of(Templates.lstmClassifier(new TensorShape.Sequence(11, 3), 4),
                Preprocessing.series(11, 3), n, 4));
    }

    @Test
    void lstmOnCharacterIds() throws IOException {
        int symbols = TextEncoder.ALPHABET_SIZE;
        Normalisation n = Normalisation.identity(symbols);
        assertParity(RandomModels.of(Templates.lstmClassifier(new TensorShape.Sequence(12, symbols), 3),
                Preprocessing.text(Encoding.CHARACTERS, 12, symbols), n, 3));
    }

    @Test
    void residualAddAndConcatGraph() {
        OnnxAgreement.assertAgrees(OnnxAgreement.random(Dl4jModels.computationGraph(Graphs.residualWithConcat(), 1), 9),
                InputType.convolutional(8, 8, 2));
    }

    @Test
    void dcganGeneratorFromNoise() {
        LayerGraph generator = Templates.dcgan(new TensorShape.Image(12, 8, 1), 10).network();
        OnnxAgreement.assertAgrees(OnnxAgreement.random(Dl4jModels.multiLayer(generator, 1), 4),
                InputType.feedForward(10));
    }
}
