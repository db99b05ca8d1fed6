package org.whiskerstudio.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.whiskerstudio.architecture.Graphs.chain;
import static org.whiskerstudio.architecture.Graphs.softmax;

import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.LayerSpec.Padding;
import org.whiskerstudio.architecture.TensorShape.Image;
import org.whiskerstudio.architecture.TensorShape.Sequence;
import org.whiskerstudio.architecture.TensorShape.Vector;

/** Shapes, parameters and multiply-adds of each layer kind, computed by hand. */
class ShapeInferenceTest {

    private static LayerReport first(TensorShape input, LayerSpec spec) {
        Analysis analysis = ShapeInference.analyse(chain(input, spec, softmax(2)));
        return analysis.report("l1").orElseThrow(() -> new AssertionError(analysis.issues()));
    }

    private static void assertReport(LayerReport report, TensorShape shape, long params, long macs) {
        assertEquals(shape, report.output(), "shape");
        assertEquals(params, report.params(), "params");
        assertEquals(macs, report.macs(), "macs");
        assertEquals(shape.size(), report.activations(), "activations");
    }

    @Test
    void conv2dSamePaddingKeepsSizeOverStride() {
        // ceil(28/2) = 14; params 3*3*1*8 + 8 = 80; macs 14*14*72 = 14112
        assertReport(first(new Image(28, 28, 1), new LayerSpec.Conv2D(8, 3, 2, Padding.SAME, Activation.RELU)),
                new Image(14, 14, 8), 80, 14_112);
    }

    @Test
    void conv2dValidPaddingShrinks() {
        // floor((28-5)/1)+1 = 24; params 5*5*3*20 + 20 = 1520; macs 24*24*1500
        assertReport(first(new Image(28, 28, 3), new LayerSpec.Conv2D(20, 5, 1, Padding.VALID, Activation.RELU)),
                new Image(24, 24, 20), 1520, 24L * 24 * 1500);
    }

    @Test
    void deconv2dSameMultipliesByStride() {
        // 7*2 = 14; params 4*4*8*3 + 3 = 387; macs 7*7*384
        assertReport(first(new Image(7, 7, 8), new LayerSpec.Deconv2D(3, 4, 2, Padding.SAME, Activation.TANH)),
                new Image(14, 14, 3), 387, 49L * 384);
    }

    @Test
    void deconv2dValidGrowsByKernel() {
        // 2*(7-1)+3 = 15
        assertReport(first(new Image(7, 7, 1), new LayerSpec.Deconv2D(2, 3, 2, Padding.VALID, Activation.TANH)),
                new Image(15, 15, 2), 20, 49L * 18);
    }

    @Test
    void upsamplingMultipliesHeightAndWidth() {
        assertReport(first(new Image(5, 6, 2), new LayerSpec.Upsampling2D(3)), new Image(15, 18, 2), 0, 0);
        assertReport(first(new TensorShape.Vector(24), new LayerSpec.Reshape(2, 3, 4)), new Image(2, 3, 4), 0, 0);
    }

    @Test
    void poolingIsValidAndFree() {
        // floor((7-2)/2)+1 = 3
        assertReport(first(new Image(7, 7, 4), new LayerSpec.Pooling2D(LayerSpec.PoolType.MAX, 2, 2)),
                new Image(3, 3, 4), 0, 36L * 4);
    }

    @Test
    void globalPoolingGivesOneNumberPerChannel() {
        assertReport(first(new Image(4, 4, 6), new LayerSpec.GlobalPooling(LayerSpec.PoolType.AVG)),
                new Vector(6), 0, 96);
    }

    @Test
    void globalPoolingOfASequenceGivesOneNumberPerFeature() {
        assertReport(first(new Sequence(10, 3), new LayerSpec.GlobalPooling(LayerSpec.PoolType.MAX)),
                new Vector(3), 0, 30);
    }

    @Test
    void batchNormHasFourParamsPerChannelLikeDl4j() {
        assertReport(first(new Image(4, 4, 6), new LayerSpec.BatchNorm()), new Image(4, 4, 6), 24, 192);
    }

    @Test
    void dropoutAndActivationKeepShapeWithoutParams() {
        assertReport(first(new Vector(9), new LayerSpec.Dropout(0.5)), new Vector(9), 0, 0);
        assertReport(first(new Vector(9), new LayerSpec.ActivationLayer(Activation.RELU)), new Vector(9), 0, 0);
    }

    @Test
    void denseFlattensAnImage() {
        // 4*4*3 = 48 inputs: 48*10 + 10
        assertReport(first(new Image(4, 4, 3), new LayerSpec.Dense(10, Activation.RELU)), new Vector(10), 490, 480);
    }

    @Test
    void lstmCountsFourGatesLikeDl4j() {
        // 4*8*(5+8) + 4*8 = 448; macs 10 steps * 416
        assertReport(first(new Sequence(10, 5), new LayerSpec.Lstm(8, false)), new Vector(8), 448, 4160);
    }

    @Test
    void lstmReturningSequencesKeepsTheSteps() {
        assertReport(first(new Sequence(10, 5), new LayerSpec.Lstm(8, true)), new Sequence(10, 8), 448, 4160);
    }

    @Test
    void outputCountsWeightsAndBiases() {
        Analysis analysis = ShapeInference.analyse(chain(new Vector(20), softmax(10)));
        assertReport(analysis.report("l1").orElseThrow(), new Vector(10), 210, 200);
    }

    @Test
    void lenetOn28x28HasTheKnownParameterCount() {
        // 520 + 25050 + (4*4*50*500 + 500) + (500*10 + 10) = 431080, as DL4J's LeNet example prints
        Analysis analysis = ShapeInference.analyse(Templates.lenet(new Image(28, 28, 1), 10));
        assertEquals(431_080, analysis.totalParams());
    }

    @Test
    void addSumsEqualShapesAndConcatStacksChannels() {
        Analysis analysis = ShapeInference.analyse(Graphs.residualWithConcat());
        assertEquals(new Image(8, 8, 4), analysis.report("add").orElseThrow().output());
        assertEquals(new Image(8, 8, 7), analysis.report("cat").orElseThrow().output());
    }
}
