package org.whiskerstudio.architecture.dl4j;

import java.util.List;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.RnnLossLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.conf.layers.objdetect.Yolo2OutputLayer;
import org.nd4j.linalg.factory.Nd4j;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.layers.variational.BernoulliReconstructionDistribution;
import org.deeplearning4j.nn.conf.layers.variational.VariationalAutoencoder;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.whiskerstudio.architecture.Activation;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.TensorShape;

/** One layer spec as a DL4J layer; nIn is left to DL4J's setInputType, so shapes come from one place. */
public final class Dl4jLayers {
    private Dl4jLayers() {
    }

    /** {@code input} is the shape flowing in, which decides between OutputLayer and RnnOutputLayer. */
    static Layer layer(LayerSpec spec, TensorShape input) {
        if (spec instanceof LayerSpec.Conv2D conv) {
            return new ConvolutionLayer.Builder(conv.kernel(), conv.kernel()).stride(conv.stride(), conv.stride())
                    .convolutionMode(mode(conv.padding())).nOut(conv.filters())
                    .activation(activation(conv.activation())).build();
        } else if (spec instanceof LayerSpec.Deconv2D deconv) {
            return new Deconvolution2D.Builder(deconv.kernel(), deconv.kernel())
                    .stride(deconv.stride(), deconv.stride()).convolutionMode(mode(deconv.padding()))
                    .nOut(deconv.filters()).activation(activation(deconv.activation())).build();
        } else if (spec instanceof LayerSpec.Upsampling2D up) {
            return new Upsampling2D.Builder(up.factor()).build();
        } else if (spec instanceof LayerSpec.Pooling2D pool) {
            return new SubsamplingLayer.Builder(pool.type() == LayerSpec.PoolType.MAX
                    ? SubsamplingLayer.PoolingType.MAX : SubsamplingLayer.PoolingType.AVG, new int[] {pool.kernel(), pool.kernel()},
                    new int[] {pool.stride(), pool.stride()}).convolutionMode(ConvolutionMode.Truncate).build();
        } else if (spec instanceof LayerSpec.GlobalPooling pool) {
            return new GlobalPoolingLayer.Builder(poolingType(pool.type())).build();
        } else if (spec instanceof LayerSpec.BatchNorm) {
            return new BatchNormalization.Builder().build();
        } else if (spec instanceof LayerSpec.Dropout dropout) {
            // DL4J's number is the probability of keeping an activation
            return new DropoutLayer.Builder(1.0 - dropout.rate()).build();
        } else if (spec instanceof LayerSpec.Dense dense) {
            return new DenseLayer.Builder().nOut(dense.units()).activation(activation(dense.activation())).build();
        } else if (spec instanceof LayerSpec.Lstm lstm) {
            LSTM layer = new LSTM.Builder().nOut(lstm.units()).activation(org.nd4j.linalg.activations.Activation.TANH)
                    .build();
            return lstm.returnSequences() ? layer : new LastTimeStep(layer);
        } else if (spec instanceof LayerSpec.ActivationLayer activationLayer) {
            return new ActivationLayer.Builder().activation(activation(activationLayer.activation())).build();
        } else if (spec instanceof LayerSpec.Output output) {
            return output(output, input);
        } else if (spec instanceof LayerSpec.Reconstruction) {
            return reconstruction(input);
        } else if (spec instanceof LayerSpec.YoloHead head) {
            return yolo(head);
        } else if (spec instanceof LayerSpec.Variational variational) {
            return variational(variational);
        } else if (spec instanceof LayerSpec.QValues head) {
            return qValues(head.actions());
        }
        throw new IllegalArgumentException(spec.kind() + " is not a DL4J layer (Input and merges are not)");
    }

    private static Layer output(LayerSpec.Output output, TensorShape input) {
        boolean softmax = output.outputKind() == LayerSpec.OutputKind.SOFTMAX_CLASSIFICATION;
        LossFunction loss = softmax ? LossFunction.MCXENT : LossFunction.XENT;
        org.nd4j.linalg.activations.Activation activation = softmax
                ? org.nd4j.linalg.activations.Activation.SOFTMAX : org.nd4j.linalg.activations.Activation.SIGMOID;
        if (input instanceof TensorShape.Sequence) {
            return new RnnOutputLayer.Builder(loss).nOut(output.classes()).activation(activation).build();
        }
        return new OutputLayer.Builder(loss).nOut(output.classes()).activation(activation).build();
    }

    /**
     * One linear value per action with a summed squared error: the DQN's TD targets move only the taken action's
     * value, clipped so that this loss's gradient is the Huber loss's.
     */
    public static Layer qValues(int actions) {
        return new OutputLayer.Builder(new org.nd4j.linalg.lossfunctions.impl.LossL2()).nOut(actions)
                .activation(org.nd4j.linalg.activations.Activation.IDENTITY).build();
    }

    /** Mean squared error against the input itself, on the layout that arrives: no weights of its own. */
    private static Layer reconstruction(TensorShape input) {
        org.nd4j.linalg.activations.Activation identity = org.nd4j.linalg.activations.Activation.IDENTITY;
        if (input instanceof TensorShape.Image) {
            return new CnnLossLayer.Builder(LossFunction.MSE).activation(identity).build();
        }
        if (input instanceof TensorShape.Sequence) {
            return new RnnLossLayer.Builder(LossFunction.MSE).activation(identity).build();
        }
        return new LossLayer.Builder(LossFunction.MSE).activation(identity).build();
    }

    /**
     * DL4J's pretraining VAE: leaky-ReLU encoder and decoder, an identity code (mean and log-variance), Bernoulli
     * pixels through a sigmoid, one sample of the code per example while learning (Kingma and Welling's choice).
     */
    private static Layer variational(LayerSpec.Variational v) {
        return new VariationalAutoencoder.Builder().nOut(v.latent()).encoderLayerSizes(v.hidden())
                .decoderLayerSizes(v.hidden()).activation(org.nd4j.linalg.activations.Activation.LEAKYRELU)
                .pzxActivationFunction(org.nd4j.linalg.activations.Activation.IDENTITY)
                .reconstructionDistribution(new BernoulliReconstructionDistribution(
                        org.nd4j.linalg.activations.Activation.SIGMOID))
                .numSamples(1).build();
    }

    /**
     * DL4J's YOLOv2 loss over the head's anchors ([anchors, 2] priors in grid cells) and loss weights, its class
     * term as softmax cross-entropy rather than DL4J's default squared error on the probabilities (which pushes a
     * wrong class only as hard as a probability's error: the Shirt, Coat and Pullover of the bench stayed at AP
     * 0.31-0.60 after 44 epochs with it). The layer has no weight for its class term, so the head's
     * {@code lambdaClass} is the cross-entropy's weight of every class.
     */
    private static Layer yolo(LayerSpec.YoloHead head) {
        List<LayerSpec.YoloHead.Anchor> anchors = head.anchorSizes();
        double[][] priors = new double[anchors.size()][];
        for (int a = 0; a < priors.length; a++) {
            priors[a] = new double[] {anchors.get(a).width(), anchors.get(a).height()};
        }
        Yolo2OutputLayer.Builder layer = new Yolo2OutputLayer.Builder()
                .boundingBoxPriors(Nd4j.create(priors).castTo(Nd4j.defaultFloatingPointType()))
                .lambdaCoord(head.lambdaCoord()).lambdaNoObj(head.lambdaNoObject());
        // One class has nothing to learn (its softmax is always 1), and DL4J's cross-entropy takes the layer's
        // per-box mask for a per-output one when there is a single column, and refuses it: DL4J's default then.
        if (head.classes() > 1) {
            layer.lossClassPredictions(head.lambdaClass() == 1 ? new LossMCXENT() : new LossMCXENT(
                    Nd4j.valueArrayOf(new long[] {1, head.classes()}, head.lambdaClass(),
                            Nd4j.defaultFloatingPointType())));
        }
        return layer.build();
    }

    private static ConvolutionMode mode(LayerSpec.Padding padding) {
        return padding == LayerSpec.Padding.SAME ? ConvolutionMode.Same : ConvolutionMode.Truncate;
    }

    private static PoolingType poolingType(LayerSpec.PoolType type) {
        return type == LayerSpec.PoolType.MAX ? PoolingType.MAX : PoolingType.AVG;
    }

    public static org.nd4j.linalg.activations.Activation activation(Activation activation) {
        return switch (activation) {
            case IDENTITY -> org.nd4j.linalg.activations.Activation.IDENTITY;
            case RELU -> org.nd4j.linalg.activations.Activation.RELU;
            case LEAKY_RELU -> org.nd4j.linalg.activations.Activation.LEAKYRELU;
            case TANH -> org.nd4j.linalg.activations.Activation.TANH;
            case SIGMOID -> org.nd4j.linalg.activations.Activation.SIGMOID;
            case SOFTMAX -> org.nd4j.linalg.activations.Activation.SOFTMAX;
        };
    }
}
