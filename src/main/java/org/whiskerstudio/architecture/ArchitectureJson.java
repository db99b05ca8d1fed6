package org.whiskerstudio.architecture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.common.Json;

/**
 * Architectures as JSON files: {"format": "whisker-architecture", "version": 1, "name", "network",
 * "discriminator"?}, each layer with its "kind". Imported files are untrusted: read refuses anything odd with an
 * {@link IllegalArgumentException} that names the node and the problem.
 */
public final class ArchitectureJson {
    static final String FORMAT = "whisker-architecture";
    static final int VERSION = 1;
    private static final int MAX_NODES = 10_000;

    private ArchitectureJson() {
    }

    public static String write(Architecture architecture) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", FORMAT).put("version", VERSION).put("name", architecture.name());
        root.set("network", graph(architecture.network()));
        architecture.discriminator().ifPresent(d -> root.set("discriminator", graph(d)));
        try {
            return Json.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write an architecture", e);
        }
    }

    public static Architecture read(String json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("This is not a valid JSON file: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("This is not a Whisker Studio architecture (no \"format\": \"" + FORMAT
                    + "\")");
        }
        int version = root.path("version").asInt(-1);
        if (version != VERSION) {
            throw new IllegalArgumentException("This architecture has version " + root.path("version")
                    + "; this Whisker Studio reads version " + VERSION);
        }
        String name = root.path("name").isTextual() ? root.path("name").asText() : "Architecture";
        LayerGraph network = readGraph(root.path("network"), "network");
        Optional<LayerGraph> discriminator = root.hasNonNull("discriminator")
                ? Optional.of(readGraph(root.path("discriminator"), "discriminator")) : Optional.empty();
        return new Architecture(name, network, discriminator);
    }

    private static ObjectNode graph(LayerGraph graph) {
        ObjectNode node = Json.mapper().createObjectNode();
        ArrayNode nodes = node.putArray("nodes");
        for (LayerNode layer : graph.nodes()) {
            ObjectNode out = nodes.addObject().put("id", layer.id()).put("name", layer.name());
            LayerSpecJson.write(layer.spec(), out);
        }
        ArrayNode edges = node.putArray("edges");
        graph.edges().forEach(e -> edges.addObject().put("from", e.from()).put("to", e.to()));
        return node;
    }

    private static LayerGraph readGraph(JsonNode graph, String where) {
        JsonNode nodesJson = graph.path("nodes");
        if (!nodesJson.isArray() || !graph.path("edges").isArray()) {
            throw new IllegalArgumentException(where + ": needs a \"nodes\" list and an \"edges\" list");
        }
        if (nodesJson.size() > MAX_NODES) {
            throw new IllegalArgumentException(where + ": " + nodesJson.size() + " layers is more than the "
                    + MAX_NODES + " allowed");
        }
        List<LayerNode> nodes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode json : nodesJson) {
            String id = json.path("id").isTextual() ? json.path("id").asText() : "";
            if (id.isBlank()) {
                throw new IllegalArgumentException(where + ": layer " + (nodes.size() + 1) + " has no id");
            }
            if (!ids.add(id)) {
                throw new IllegalArgumentException(where + ": two layers share the id '" + id + "'");
            }
            String name = json.path("name").isTextual() ? json.path("name").asText() : id;
            nodes.add(new LayerNode(id, name, LayerSpecJson.read(json, id)));
        }
        List<Edge> edges = new ArrayList<>();
        for (JsonNode json : graph.path("edges")) {
            Edge edge = new Edge(json.path("from").asText(""), json.path("to").asText(""));
            for (String end : List.of(edge.from(), edge.to())) {
                if (!ids.contains(end)) {
                    throw new IllegalArgumentException(where + ": a connection refers to a layer that does not exist: '"
                            + end + "'");
                }
            }
            edges.add(edge);
        }
        return new LayerGraph(nodes, edges);
    }
}
