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

/**
 * How shapes and flags are kept in the annotation table: kind + compact JSON geometry, flags as sorted CSV. An
 * object in parts keeps each part as its own kind and geometry in one list: {"parts": [{"kind": .., ...}, ..]}.
 */
final class ShapeCodec {
    private ShapeCodec() {
    }

    static String geometry(Shape shape) {
        return shape instanceof Shape.Region region ? node(region).toString() : null;
    }

    static Shape shape(String kind, String geometry) {
        try {
            if (kind.equals("tag")) {
                return new Shape.Tag();
            }
            return region(kind, Json.mapper().readTree(geometry));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("damaged " + kind + " geometry in the project: " + geometry, e);
        }
    }

    private static ObjectNode node(Shape.Region region) {
        ObjectNode node = Json.mapper().createObjectNode();
        if (region instanceof Shape.Box b) {
            node.put("x1", b.x1()).put("y1", b.y1()).put("x2", b.x2()).put("y2", b.y2());
        } else if (region instanceof Shape.Polygon p) {
            node.set("points", points(p.points()));
        } else if (region instanceof Shape.Line l) {
            node.set("points", points(l.points()));
        } else if (region instanceof Shape.Dot d) {
            node.put("x", d.at().x()).put("y", d.at().y());
        } else if (region instanceof Shape.Circle c) {
            node.put("cx", c.centre().x()).put("cy", c.centre().y()).put("r", c.radius());
        } else if (region instanceof Shape.Parts parts) {
            ArrayNode list = node.putArray("parts");
            parts.parts().forEach(part -> list.add(node(part).put("kind", part.kind())));
        }
        return node;
    }

    private static ArrayNode points(List<Point> points) {
        ArrayNode list = Json.mapper().createArrayNode();
        points.forEach(pt -> list.addArray().add(pt.x()).add(pt.y()));
        return list;
    }

    private static Shape.Region region(String kind, JsonNode n) {
        return switch (kind) {
            case "box" -> new Shape.Box(number(n, "x1"), number(n, "y1"), number(n, "x2"), number(n, "y2"));
            case "polygon" -> new Shape.Polygon(points(n.get("points")));
            case "line" -> new Shape.Line(points(n.get("points")));
            case "point" -> new Shape.Dot(new Point(number(n, "x"), number(n, "y")));
            case "circle" -> new Shape.Circle(new Point(number(n, "cx"), number(n, "cy")), number(n, "r"));
            case "parts" -> {
                List<Shape.Region> parts = new ArrayList<>();
                for (JsonNode part : n.get("parts")) {
                    parts.add(region(part.get("kind").asText(), part));
                }
                yield new Shape.Parts(parts);
            }
            default -> throw new IllegalStateException("unknown annotation kind " + kind);
        };
    }

    private static double number(JsonNode n, String field) {
        return n.get(field).asDouble();
    }

    private static List<Point> points(JsonNode list) {
        List<Point> points = new ArrayList<>();
        for (JsonNode pt : list) {
            points.add(new Point(pt.get(0).asDouble(), pt.get(1).asDouble()));
        }
        return points;
    }

    static String flags(Set<String> flags) {
        return new TreeSet<>(flags).stream().collect(Collectors.joining(","));
    }

    static Set<String> flags(String text) {
        return text == null || text.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(text.split(",")));
    }
}
