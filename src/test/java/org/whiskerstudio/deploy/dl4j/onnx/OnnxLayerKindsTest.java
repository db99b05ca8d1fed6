package org.whiskerstudio.deploy.dl4j.onnx;

import static org.whiskerstudio.deploy.dl4j.onnx.OnnxAgreement.assertAgrees;
import static org.whiskerstudio.deploy.dl4j.onnx.OnnxAgreement.random;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.whiskerstudio.architecture.dl4j.Dl4jRuntime;

/** Every exportable layer kind against DL4J's own output: random weights, odd sizes, every padding mode. */
@Tag("engine")
class OnnxLayerKindsTest {
    static {
        Dl4jRuntime.configure();
    }

    private static final InputType IMAGE = InputType.convolutional(11, 9, 3);

    private static MultiLayerNetwork chain(InputType input, Layer... layers) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().seed(1).list();
        for (int i = 0; i < layers.length; i++) {
            list.layer(i, layers[i]);
        }
        return random(list.setInputType(input).build(), 7);
    }

    private static OutputLayer softmax(int classes) {
        return new OutputLayer.Builder(LossFunction.MCXENT).nOut(classes).activation(Activation.SOFTMAX).build();
    }

    @ParameterizedTest
    @EnumSource(value = ConvolutionMode.class, names = {"Truncate", "Same", "Strict"})
    void convolutionsInEveryPaddingMode(ConvolutionMode mode) {
        int[] strict = {1, 1};
        assertAgrees(chain(IMAGE,
                new ConvolutionLayer.Builder(3, 3).stride(mode == ConvolutionMode.Strict ? strict : new int[] {2, 2})
                        .convolutionMode(mode).nOut(5).activation(Activation.RELU).build(),
                new ConvolutionLayer.Builder(4, 2).stride(1, 2).convolutionMode(mode == ConvolutionMode.Strict
                        ? ConvolutionMode.Truncate : mode).nOut(4).activation(Activation.TANH).build(),
                new ConvolutionLayer.Builder(2, 2).convolutionMode(mode).nOut(3)
                        .activation(Activation.LEAKYRELU).build(),
                softmax(7)), IMAGE);
    }

    @Test
    void convolutionWithExplicitPaddingAndNoBias() {
        assertAgrees(chain(IMAGE, new ConvolutionLayer.Builder(3, 3).padding(1, 2).stride(2, 1).hasBias(false)
                .convolutionMode(ConvolutionMode.Truncate).nOut(4).activation(Activation.SIGMOID).build(), softmax(3)),
                IMAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAX-Truncate", "AVG-Truncate", "MAX-Same", "AVG-Same"})
    void pooling(String kind) {
        SubsamplingLayer.PoolingType type = SubsamplingLayer.PoolingType.valueOf(kind.split("-")[0]);
        ConvolutionMode mode = ConvolutionMode.valueOf(kind.split("-")[1]);
        assertAgrees(chain(IMAGE,
                new SubsamplingLayer.Builder(type, new int[] {3, 2}, new int[] {2, 2})
                        .convolutionMode(mode).build(),
                new SubsamplingLayer.Builder(type, new int[] {2, 2}, new int[] {1, 2})
                        .convolutionMode(mode).build(),
                softmax(4)), IMAGE);
    }

    @ParameterizedTest
    @EnumSource(value = PoolingType.class, names = {"MAX", "AVG"})
    void globalPoolingOfImagesAndSequences(PoolingType type) {
        assertAgrees(chain(IMAGE, new ConvolutionLayer.Builder(2, 2).nOut(5).build(),
                new GlobalPoolingLayer.Builder(type).build(), softmax(3)), IMAGE);
        InputType sequence = InputType.recurrent(4, 6);
        assertAgrees(chain(sequence, new LSTM.Builder().nOut(5).activation(Activation.TANH).build(),
                new GlobalPoolingLayer.Builder(type).build(), softmax(3)), sequence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Truncate-4-2", "Same-4-2", "Same-3-2", "Same-5-3", "Same-1-2", "Truncate-3-1"})
    void deconvolutions(String kind) {
        String[] parts = kind.split("-");
        int kernel = Integer.parseInt(parts[1]);
        int stride = Integer.parseInt(parts[2]);
        InputType small = InputType.convolutional(5, 3, 2);
        assertAgrees(chain(small, new Deconvolution2D.Builder(kernel, kernel).stride(stride, stride)
                .convolutionMode(ConvolutionMode.valueOf(parts[0])).nOut(3).activation(Activation.TANH).build(),
                softmax(2)), small);
    }

    @Test
    void batchNormOnImagesAndVectorsWithUpsamplingActivationAndDropout() {
        assertAgrees(chain(IMAGE, new BatchNormalization.Builder().build(),
                new Upsampling2D.Builder(2).build(),
                new ActivationLayer.Builder().activation(Activation.LEAKYRELU).build(),
                new DropoutLayer.Builder(0.5).build(),
                new ConvolutionLayer.Builder(3, 3).stride(2, 2).nOut(2).build(),
                new DenseLayer.Builder().nOut(13).activation(Activation.RELU).build(),
                new BatchNormalization.Builder().build(),
                new OutputLayer.Builder(LossFunction.XENT).nOut(3).activation(Activation.SIGMOID).build()), IMAGE);
    }

    @Test
    void denseToImageThroughAReshape() {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(0, new DenseLayer.Builder().nOut(3 * 4 * 5).activation(Activation.LEAKYRELU).build())
                .inputPreProcessor(1, new FeedForwardToCnnPreProcessor(4, 5, 3))
                .layer(1, new Deconvolution2D.Builder(4, 4).stride(2, 2).convolutionMode(ConvolutionMode.Same)
                        .nOut(2).activation(Activation.TANH).build());
        assertAgrees(random(list.setInputType(InputType.feedForward(7)).build(), 3), InputType.feedForward(7));
    }

    @Test
    void lstmLastStepAndSequenceOutputs() {
        InputType sequence = InputType.recurrent(5, 7);
        assertAgrees(chain(sequence, new LastTimeStep(new LSTM.Builder().nOut(6).activation(Activation.TANH).build()),
                softmax(4)), sequence);
        assertAgrees(chain(sequence, new LSTM.Builder().nOut(6).activation(Activation.TANH).build(),
                new LastTimeStep(new LSTM.Builder().nOut(3).activation(Activation.TANH).build()), softmax(2)), sequence);
        assertAgrees(chain(sequence, new LSTM.Builder().nOut(6).activation(Activation.TANH).build(),
                new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX).build()),
                sequence);
    }
}
