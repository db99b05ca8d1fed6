package org.whiskerstudio.deploy.dl4j.onnx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import onnx.Onnx.ModelProto;
import onnx.Onnx.OperatorSetIdProto;
import onnx.Onnx.StringStringEntryProto;
import onnx.Onnx.TensorProto;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.PreprocessorVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** Writes a DL4J network (a chain or a graph with one input and one output) as an ONNX model, opset 13. */
public final class OnnxWriter {
    /** The operator set the written models declare. */
    public static final int OPSET = 13;
    /** The name of every written model's output. */
    public static final String OUTPUT = "output";

    private OnnxWriter() {
    }

    /**
     * The model; {@code metadata} goes to {@code metadata_props}.
     *
     * @throws ExportRefused naming the first block ONNX export cannot write
     */
    public static ModelProto write(Model net, OnnxInput input, Map<String, String> metadata) {
        OnnxGraph g = new OnnxGraph();
        Flow in = InputStage.write(g, input);
        Flow out;
        if (net instanceof MultiLayerNetwork chain) {
            out = chain(g, chain, in);
        } else if (net instanceof ComputationGraph graph) {
            out = graph(g, graph, in);
        } else {
            throw new IllegalArgumentException("not a DL4J network: " + net.getClass().getName());
        }
        g.proto().addNode(onnx.Onnx.NodeProto.newBuilder().setOpType("Identity").setName("n_output")
                .addInput(out.name()).addOutput(OUTPUT));
        g.proto().addOutput(InputStage.valueInfo(OUTPUT, TensorProto.DataType.FLOAT_VALUE,
                InputStage.shape(out.type())));
        ModelProto.Builder model = ModelProto.newBuilder().setIrVersion(7).setProducerName("Whisker Studio")
                .setGraph(g.proto()).addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET));
        metadata.forEach((k, v) -> model.addMetadataProps(StringStringEntryProto.newBuilder().setKey(k).setValue(v)));
        return model.build();
    }

    private static Flow chain(OnnxGraph g, MultiLayerNetwork net, Flow in) {
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        Flow flow = in;
        for (int i = 0; i < net.getnLayers(); i++) {
            Layer layer = net.getLayer(i);
            String block = blockName(layer, i);
            InputPreProcessor pre = conf.getInputPreProcess(i);
            if (pre != null) {
                flow = LayerExport.preprocessor(g, block, pre, flow);
            }
            // The configuration's layer: a wrapper's runtime layer answers with the wrapped layer's configuration
            flow = LayerExport.layer(g, block, conf.getConf(i).getLayer(), new Weights(block, layer.paramTable()),
                    flow);
        }
        return flow;
    }

    private static Flow graph(OnnxGraph g, ComputationGraph net, Flow in) {
        ComputationGraphConfiguration conf = net.getConfiguration();
        if (conf.getNetworkInputs().size() != 1 || conf.getNetworkOutputs().size() != 1) {
            throw new ExportRefused("network", "only graphs with one input and one output are exported");
        }
        Map<String, Flow> flows = new HashMap<>();
        flows.put(conf.getNetworkInputs().get(0), in);
        for (int index : net.topologicalSortOrder()) {
            String name = net.getVertices()[index].getVertexName();
            if (flows.containsKey(name)) {
                continue;
            }
            List<Flow> inputs = new ArrayList<>();
            conf.getVertexInputs().get(name).forEach(from -> inputs.add(flows.get(from)));
            flows.put(name, vertex(g, net, name, conf.getVertices().get(name), inputs));
        }
        return flows.get(conf.getNetworkOutputs().get(0));
    }

    private static Flow vertex(OnnxGraph g, ComputationGraph net, String name, GraphVertex vertex, List<Flow> inputs) {
        InputType[] types = inputs.stream().map(Flow::type).toArray(InputType[]::new);
        if (vertex instanceof LayerVertex layerVertex) {
            Flow flow = inputs.get(0);
            if (layerVertex.getPreProcessor() != null) {
                flow = LayerExport.preprocessor(g, name, layerVertex.getPreProcessor(), flow);
            }
            return LayerExport.layer(g, name, layerVertex.getLayerConf().getLayer(),
                    new Weights(name, net.getLayer(name).paramTable()), flow);
        }
        if (vertex instanceof PreprocessorVertex pre) {
            return LayerExport.preprocessor(g, name, pre.getPreProcessor(), inputs.get(0));
        }
        List<String> names = inputs.stream().map(Flow::name).toList();
        if (vertex.getClass() == MergeVertex.class) {
            // Channels of images, features of vectors and sequences: axis 1 in DL4J's layouts
            return new Flow(g.node("Concat", name, names, OnnxGraph.integer("axis", 1)),
                    vertex.getOutputType(-1, types));
        }
        if (vertex instanceof ElementWiseVertex sum && sum.getOp() == ElementWiseVertex.Op.Add) {
            return new Flow(g.node("Sum", name, names), vertex.getOutputType(-1, types));
        }
        throw new ExportRefused(name, "a " + vertex.getClass().getSimpleName() + " has no ONNX export");
    }

    private static String blockName(Layer layer, int index) {
        String name = layer.conf().getLayer().getLayerName();
        return name == null || name.isBlank() ? "layer" + index : name;
    }
}
