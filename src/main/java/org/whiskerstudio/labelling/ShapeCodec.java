package org.whiskerstudio.labelling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.whiskerstudio.common.Json;

/** How shapes and flags are kept in the annotation table: kind + compact JSON geometry, flags as sorted CSV. */
final class ShapeCodec {
    private ShapeCodec() {
    }

    static String geometry(Shape shape) {
        if (shape instanceof Shape.Box b) {
            ObjectNode node = Json.mapper().createObjectNode();
            node.put("x1", b.x1()).put("y1", b.y1()).put("x2", b.x2()).put("y2", b.y2());
            return node.toString();
        }
        if (shape instanceof Shape.Polygon p) {
            ArrayNode points = Json.mapper().createArrayNode();
            for (Point pt : p.points()) {
                points.addArray().add(pt.x()).add(pt.y());
            }
            return Json.mapper().createObjectNode().set("points", points).toString();
        }
        return null;
    }

    static Shape shape(String kind, String geometry) {
        try {
            switch (kind) {
                case "tag":
                    return new Shape.Tag();
                case "box": {
                    JsonNode n = Json.mapper().readTree(geometry);
                    return new Shape.Box(n.get("x1").asDouble(), n.get("y1").asDouble(), n.get("x2").asDouble(),
                            n.get("y2").asDouble());
                }
                case "polygon": {
                    List<Point> points = new ArrayList<>();
                    for (JsonNode pt : Json.mapper().readTree(geometry).get("points")) {
                        points.add(new Point(pt.get(0).asDouble(), pt.get(1).asDouble()));
                    }
                    return new Shape.Polygon(points);
                }
                default:
                    throw new IllegalStateException("unknown annotation kind " + kind);
            }
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("damaged " + kind + " geometry in the project: " + geometry, e);
        }
    }

    static String flags(Set<String> flags) {
        return new TreeSet<>(flags).stream().collect(Collectors.joining(","));
    }

    static Set<String> flags(String text) {
        return text == null || text.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(text.split(",")));
    }
}
