package org.whiskerstudio.deploy.dl4j.onnx;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import onnx.Onnx.AttributeProto;

/** Image layers: convolution, transposed convolution, pooling, global pooling and upsampling. */
final class ConvExport {
    private ConvExport() {
    }

    static Flow conv(OnnxGraph g, String block, ConvolutionLayer conf, Weights w, Flow in) {
        InputType.InputTypeConvolutional image = image(block, in, conf.getCnn2dDataFormat());
        long[] pads = Padding.forward(block, conf.getConvolutionMode(), conf.getKernelSize(), conf.getStride(),
                conf.getPadding(), conf.getDilation(), image.getHeight(), image.getWidth());
        List<String> inputs = new ArrayList<>(List.of(in.name(), g.floats(block + "_W", w.flat("W"), w.shape("W"))));
        if (conf.hasBias()) {
            inputs.add(g.floats(block + "_b", w.flat("b"), w.flat("b").length));
        }
        String out = g.node("Conv", block, inputs, OnnxGraph.ints("kernel_shape", conf.getKernelSize()),
                OnnxGraph.ints("strides", conf.getStride()), OnnxGraph.ints("dilations", conf.getDilation()),
                OnnxGraph.ints("pads", pads));
        Flow conv = new Flow(out, conf.getOutputType(-1, in.type()));
        return Activations.apply(g, block, conf.getActivationFn(), conv);
    }

    static Flow deconv(OnnxGraph g, String block, Deconvolution2D conf, Weights w, Flow in) {
        image(block, in, conf.getCnn2dDataFormat());
        long[][] pads = Padding.transposed(block, conf.getConvolutionMode(), conf.getKernelSize(), conf.getStride(),
                conf.getPadding(), conf.getDilation());
        // DL4J keeps the weights as [in, out, kH, kW], the layout ConvTranspose reads
        List<String> inputs = new ArrayList<>(List.of(in.name(), g.floats(block + "_W", w.flat("W"), w.shape("W"))));
        if (conf.hasBias()) {
            inputs.add(g.floats(block + "_b", w.flat("b"), w.flat("b").length));
        }
        String out = g.node("ConvTranspose", block, inputs, OnnxGraph.ints("kernel_shape", conf.getKernelSize()),
                OnnxGraph.ints("strides", conf.getStride()), OnnxGraph.ints("dilations", conf.getDilation()),
                OnnxGraph.ints("pads", pads[0]), OnnxGraph.ints("output_padding", pads[1]));
        Flow deconv = new Flow(out, conf.getOutputType(-1, in.type()));
        return Activations.apply(g, block, conf.getActivationFn(), deconv);
    }

    static Flow pool(OnnxGraph g, String block, SubsamplingLayer conf, Flow in) {
        InputType.InputTypeConvolutional image = image(block, in, conf.getCnn2dDataFormat());
        long[] pads = Padding.forward(block, conf.getConvolutionMode(), conf.getKernelSize(), conf.getStride(),
                conf.getPadding(), conf.getDilation(), image.getHeight(), image.getWidth());
        List<AttributeProto> attributes = new ArrayList<>(List.of(OnnxGraph.ints("kernel_shape", conf.getKernelSize()),
                OnnxGraph.ints("strides", conf.getStride()), OnnxGraph.ints("pads", pads)));
        boolean dilated = conf.getDilation()[0] != 1 || conf.getDilation()[1] != 1;
        String op;
        if (conf.getPoolingType() == PoolingType.MAX) {
            op = "MaxPool";
            attributes.add(OnnxGraph.ints("dilations", conf.getDilation()));
        } else if (conf.getPoolingType() == PoolingType.AVG && !dilated) {
            op = "AveragePool";
            attributes.add(OnnxGraph.integer("count_include_pad", conf.isAvgPoolIncludePadInDivisor() ? 1 : 0));
        } else {
            throw new ExportRefused(block, conf.getPoolingType() + " pooling" + (dilated ? " with dilation" : "")
                    + " has no ONNX counterpart here");
        }
        String out = g.node(op, block, List.of(in.name()), attributes.toArray(AttributeProto[]::new));
        return new Flow(out, conf.getOutputType(-1, in.type()));
    }

    static Flow globalPool(OnnxGraph g, String block, GlobalPoolingLayer conf, Flow in) {
        boolean collapse = conf.isCollapseDimensions();
        long[] axes;
        InputType out;
        if (in.type() instanceof InputType.InputTypeConvolutional image) {
            image(block, in, CNN2DFormat.NCHW);
            axes = new long[] {2, 3};
            out = collapse ? InputType.feedForward(image.getChannels())
                    : InputType.convolutional(1, 1, image.getChannels());
        } else if (in.type() instanceof InputType.InputTypeRecurrent sequence) {
            axes = new long[] {2};
            out = collapse ? InputType.feedForward(sequence.getSize()) : InputType.recurrent(sequence.getSize(), 1);
        } else {
            throw new ExportRefused(block, "global pooling of " + in.type() + " is not exported");
        }
        String op = switch (conf.getPoolingType()) {
            case MAX -> "ReduceMax";
            case AVG -> "ReduceMean";
            default -> throw new ExportRefused(block, conf.getPoolingType() + " global pooling is not exported");
        };
        return new Flow(g.node(op, block, List.of(in.name()), OnnxGraph.ints("axes", axes),
                OnnxGraph.integer("keepdims", collapse ? 0 : 1)), out);
    }

    static Flow upsample(OnnxGraph g, String block, Upsampling2D conf, Flow in) {
        image(block, in, conf.getFormat());
        int[] size = conf.getSize();
        String scales = g.floats(block + "_scales", new float[] {1, 1, size[0], size[1]}, 4);
        // Nearest with asymmetric coordinates and floor repeats each pixel size x size times, as DL4J does
        String out = g.node("Resize", block, List.of(in.name(), "", scales), OnnxGraph.text("mode", "nearest"),
                OnnxGraph.text("coordinate_transformation_mode", "asymmetric"),
                OnnxGraph.text("nearest_mode", "floor"));
        return new Flow(out, conf.getOutputType(-1, in.type()));
    }

    private static InputType.InputTypeConvolutional image(String block, Flow in, CNN2DFormat format) {
        if (!(in.type() instanceof InputType.InputTypeConvolutional image)) {
            throw new ExportRefused(block, "it expects an image but receives " + in.type());
        }
        if (format != CNN2DFormat.NCHW || image.getFormat() != CNN2DFormat.NCHW) {
            throw new ExportRefused(block, "only channels-first (NCHW) images are exported");
        }
        return image;
    }
}
