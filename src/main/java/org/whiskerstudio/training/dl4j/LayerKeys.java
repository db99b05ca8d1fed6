package org.whiskerstudio.training.dl4j;

import java.util.LinkedHashMap;
import java.util.Map;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerReport;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;

/**
 * Which DL4J layer each node of a graph became: in a chain its index (counted as {@link Dl4jModels} adds layers, in
 * the same order, skipping the input and reshapes, which are not layers there), in a graph its node id.
 */
final class LayerKeys {
    private LayerKeys() {
    }

    /** Node id to DL4J layer name, for every node that is a DL4J layer, in network order. */
    static Map<String, String> of(LayerGraph graph) {
        boolean chain = Dl4jModels.isChain(graph);
        Map<String, String> keys = new LinkedHashMap<>();
        int index = 0;
        for (LayerReport report : ShapeInference.analyse(graph).layers()) {
            LayerNode node = graph.node(report.nodeId()).orElseThrow();
            LayerSpec spec = node.spec();
            if (spec instanceof LayerSpec.Input || spec instanceof LayerSpec.Reshape
                    || spec instanceof LayerSpec.Merge) {
                continue;
            }
            keys.put(node.id(), chain ? Integer.toString(index++) : node.id());
        }
        return keys;
    }
}
