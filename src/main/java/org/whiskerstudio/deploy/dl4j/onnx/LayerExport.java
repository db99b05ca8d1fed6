package org.whiskerstudio.deploy.dl4j.onnx;

import java.util.List;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.RNNFormat;
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
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.RnnToFeedForwardPreProcessor;

/**
 * One DL4J layer or input preprocessor in inference mode (dropout is the identity). Layer classes are matched
 * exactly: a subclass (a separable or 1D convolution) is a different computation and is refused.
 */
final class LayerExport {
    private LayerExport() {
    }

    static Flow layer(OnnxGraph g, String block, Layer conf, Weights w, Flow in) {
        Class<?> kind = conf.getClass();
        if (kind == ConvolutionLayer.class) {
            return ConvExport.conv(g, block, (ConvolutionLayer) conf, w, in);
        } else if (kind == Deconvolution2D.class) {
            return ConvExport.deconv(g, block, (Deconvolution2D) conf, w, in);
        } else if (kind == SubsamplingLayer.class) {
            return ConvExport.pool(g, block, (SubsamplingLayer) conf, in);
        } else if (kind == GlobalPoolingLayer.class) {
            return ConvExport.globalPool(g, block, (GlobalPoolingLayer) conf, in);
        } else if (kind == Upsampling2D.class) {
            return ConvExport.upsample(g, block, (Upsampling2D) conf, in);
        } else if (kind == DenseLayer.class) {
            return DenseExport.dense(g, block, (DenseLayer) conf, ((DenseLayer) conf).hasBias(), w, in);
        } else if (kind == OutputLayer.class) {
            return DenseExport.dense(g, block, (OutputLayer) conf, ((OutputLayer) conf).hasBias(), w, in);
        } else if (kind == RnnOutputLayer.class) {
            return DenseExport.denseOverTime(g, block, (RnnOutputLayer) conf, w, in);
        } else if (kind == BatchNormalization.class) {
            return DenseExport.batchNorm(g, block, (BatchNormalization) conf, w, in);
        } else if (kind == ActivationLayer.class) {
            return Activations.apply(g, block, ((ActivationLayer) conf).getActivationFn(), in);
        } else if (kind == DropoutLayer.class) {
            return in;
        } else if (kind == LSTM.class) {
            return LstmExport.lstm(g, block, (LSTM) conf, w, in, false);
        } else if (kind == LastTimeStep.class && ((LastTimeStep) conf).getUnderlying().getClass() == LSTM.class) {
            return LstmExport.lstm(g, block, (LSTM) ((LastTimeStep) conf).getUnderlying(), w, in, true);
        }
        throw new ExportRefused(block, "a " + kind.getSimpleName() + " layer has no ONNX export");
    }

    /** A reshape between layers: image to vector (C-order flatten of NCHW), vector to image, sequence to vectors. */
    static Flow preprocessor(OnnxGraph g, String block, InputPreProcessor pre, Flow in) {
        boolean toVector = pre instanceof CnnToFeedForwardPreProcessor || pre instanceof RnnToFeedForwardPreProcessor;
        if (toVector && in.type().getType() == InputType.Type.FF) {
            // DL4J passes a value that already is a vector through (after global pooling)
            return in;
        }
        InputType out = pre.getOutputType(in.type());
        if (pre.getClass() == CnnToFeedForwardPreProcessor.class
                && ((CnnToFeedForwardPreProcessor) pre).getFormat() == CNN2DFormat.NCHW) {
            return new Flow(g.node("Flatten", block, List.of(in.name()), OnnxGraph.integer("axis", 1)), out);
        }
        if (pre.getClass() == FeedForwardToCnnPreProcessor.class) {
            FeedForwardToCnnPreProcessor f = (FeedForwardToCnnPreProcessor) pre;
            String shape = g.longs(block + "_shape", -1, f.getNumChannels(), f.getInputHeight(), f.getInputWidth());
            return new Flow(g.node("Reshape", block, List.of(in.name(), shape)), out);
        }
        if (pre.getClass() == RnnToFeedForwardPreProcessor.class
                && ((RnnToFeedForwardPreProcessor) pre).getRnnDataFormat() == RNNFormat.NCW) {
            // [batch, features, steps] -> [batch x steps, features], step-major within an example as DL4J does
            String steps = g.node("Transpose", block, List.of(in.name()), OnnxGraph.ints("perm", 0, 2, 1));
            String shape = g.longs(block + "_shape", -1, out.arrayElementsPerExample());
            return new Flow(g.node("Reshape", block, List.of(steps, shape)), out);
        }
        throw new ExportRefused(block, "its input conversion " + pre.getClass().getSimpleName()
                + " has no ONNX export");
    }
}
