package org.whiskerstudio.architecture.dl4j;

import static org.whiskerstudio.architecture.Graphs.chain;
import static org.whiskerstudio.architecture.Graphs.softmax;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.Activation;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.LayerSpec.Padding;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.architecture.TensorShape;

/** Every layer kind, in a small chain, builds in DL4J with the shapes and parameter counts we infer. */
@Tag("engine")
class Dl4jLayerKindsTest {
    private static final TensorShape.Image IMAGE = new TensorShape.Image(9, 8, 3);
    private static final TensorShape.Sequence SEQUENCE = new TensorShape.Sequence(6, 5);

    private static void agrees(LayerGraph graph) {
        Dl4jAgreement.assertAgrees(graph, ShapeInference.analyse(graph));
    }

    @Test
    void conv2dSameAndValidMatchDl4j() {
        agrees(chain(IMAGE, new LayerSpec.Conv2D(4, 3, 2, Padding.SAME, Activation.RELU),
                new LayerSpec.Conv2D(5, 2, 2, Padding.VALID, Activation.TANH), softmax(3)));
    }

    @Test
    void deconv2dSameAndValidMatchDl4j() {
        agrees(chain(IMAGE, new LayerSpec.Deconv2D(4, 3, 2, Padding.SAME, Activation.RELU),
                new LayerSpec.Deconv2D(2, 3, 2, Padding.VALID, Activation.SIGMOID), softmax(3)));
    }

    @Test
    void anAgentsQValuesMatchDl4j() {
        agrees(org.whiskerstudio.architecture.AgentTemplates.cartPole());
    }

    @Test
    void upsamplingMatchesDl4j() {
        agrees(chain(IMAGE, new LayerSpec.Upsampling2D(2), softmax(3)));
    }

    @Test
    void reshapeOfADenseVectorFeedsADeconvolutionLikeDl4j() {
        agrees(chain(new TensorShape.Vector(16), new LayerSpec.Dense(4 * 4 * 8, Activation.RELU),
                new LayerSpec.Reshape(4, 4, 8), new LayerSpec.Deconv2D(3, 4, 2, Padding.SAME, Activation.TANH), softmax(3)));
    }

    @Test
    void maxAndAvgPoolingMatchDl4j() {
        agrees(chain(IMAGE, new LayerSpec.Pooling2D(LayerSpec.PoolType.MAX, 2, 2),
                new LayerSpec.Pooling2D(LayerSpec.PoolType.AVG, 3, 1), softmax(3)));
    }

    @Test
    void globalPoolingOfAnImageMatchesDl4j() {
        agrees(chain(IMAGE, new LayerSpec.GlobalPooling(LayerSpec.PoolType.AVG), softmax(3)));
    }

    @Test
    void globalPoolingOfASequenceMatchesDl4j() {
        agrees(chain(SEQUENCE, new LayerSpec.GlobalPooling(LayerSpec.PoolType.MAX), softmax(3)));
    }

    @Test
    void batchNormHasFourParamsPerChannelInDl4j() {
        agrees(chain(IMAGE, new LayerSpec.BatchNorm(), new LayerSpec.Dense(7, Activation.RELU),
                new LayerSpec.BatchNorm(), softmax(3)));
    }

    @Test
    void dropoutAndActivationKeepTheShapeInDl4j() {
        agrees(chain(IMAGE, new LayerSpec.Dropout(0.3), new LayerSpec.ActivationLayer(Activation.LEAKY_RELU),
                softmax(3)));
    }

    @Test
    void denseFlattensAnImageLikeDl4j() {
        agrees(chain(IMAGE, new LayerSpec.Dense(7, Activation.SOFTMAX), softmax(3)));
    }

    @Test
    void lstmLastStepMatchesDl4j() {
        agrees(chain(SEQUENCE, new LayerSpec.Lstm(4, false), softmax(3)));
    }

    @Test
    void lstmSequencesIntoAPerStepOutputMatchDl4j() {
        agrees(chain(SEQUENCE, new LayerSpec.Lstm(4, true), softmax(3)));
    }

    @Test
    void sigmoidOutputMatchesDl4j() {
        agrees(chain(new TensorShape.Vector(6),
                new LayerSpec.Output(2, LayerSpec.OutputKind.SIGMOID_BINARY)));
    }
}
