package org.whiskerstudio.labelling.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/**
 * Reads one labelme JSON file. Every shape type but mask is imported ({@link LabelmeShapes}); a mask refuses the
 * file, as dropping it silently would lose labels. Shapes of one label sharing a {@code group_id} are one object in
 * parts; the group's number and {@code description} are not kept.
 */
final class LabelmeReader {

    /** One labelled image; {@code embedded} holds the decoded imageData when the image file does not exist. */
    record Entry(DatasetImage image, Optional<byte[]> embedded) {
    }

    private LabelmeReader() {
    }

    /**
     * Reads {@code file}, whose image paths must stay inside {@code root}. Empty when the JSON is not a labelme
     * file (an object with neither "shapes" nor "imagePath"): folders often hold other JSON too.
     */
    static Optional<Entry> read(Path file, Path root) throws FormatException, IOException {
        JsonFields json = new JsonFields(file);
        JsonNode top = json.parse();
        if (!top.has("shapes") && !top.has("imagePath")) {
            return Optional.empty();
        }
        Path image = imageFile(json, root, json.requiredText(top, "", "imagePath"));
        List<String> tags = List.copyOf(trueFlags(json, top, ""));
        JsonNode list = json.requiredArray(top, "", "shapes");
        List<Read> listed = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String place = JsonFields.index("shapes", i);
            listed.add(shape(json, json.object(list.get(i), place), place));
        }
        List<DatasetShape> shapes = grouped(listed);
        DatasetImage read = DatasetImage.read(RelativePaths.of(root, image),
                json.optionalSize(top, "", "imageWidth"), json.optionalSize(top, "", "imageHeight"), tags, shapes)
                .withTagSources(LabelSourceJson.readTags(json, top, "", tags));
        Optional<byte[]> embedded = Files.isRegularFile(image) ? Optional.empty() : Optional.of(imageData(json, top, image));
        return Optional.of(new Entry(read, embedded));
    }

    /**
     * imagePath is relative to the JSON's folder and may climb out of it ("../images/001.jpg", as labelme
     * writes with --output), but not out of the dataset's root.
     */
    private static Path imageFile(JsonFields json, Path root, String named) throws FormatException {
        String normalised = named.replace('\\', '/');
        boolean absolute = normalised.startsWith("/") || normalised.matches("^[A-Za-z]:/.*");
        String folder = RelativePaths.of(root, json.file().getParent());
        // An absolute path goes to DatasetPaths as it is, so that its refusal says why.
        String fromRoot = folder.isEmpty() || absolute ? named : folder + "/" + normalised;
        return DatasetPaths.resolveInside(root, fromRoot, json.file(), "imagePath");
    }

    /** Only read when the image file is missing, as labelme itself does. */
    private static byte[] imageData(JsonFields json, JsonNode top, Path image) throws FormatException {
        Optional<JsonNode> data = json.optional(top, "imageData");
        if (data.isEmpty()) {
            throw json.error("imagePath", "the image file " + image + " does not exist and the file has no imageData");
        }
        if (!data.get().isTextual()) {
            throw json.error("imageData", "expected base64 text, found " + JsonFields.describe(data.get()));
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data.get().asText().replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw json.error("imageData", "not valid base64: " + e.getMessage());
        }
        if (bytes.length == 0) {
            throw json.error("imageData", "the embedded image is empty and the image file " + image + " does not exist");
        }
        return bytes;
    }

    /** One read shape and the group it belongs to (empty when its group_id is null or absent). */
    private record Read(DatasetShape shape, Optional<Long> group) {
    }

    private static Read shape(JsonFields json, JsonNode node, String place) throws FormatException {
        String label = json.requiredText(node, place, "label");
        // Files from labelme before 4.0 have no shape_type; their shapes were all polygons.
        String type = json.optional(node, "shape_type").map(JsonNode::asText).orElse("polygon");
        List<Point> points = points(json, json.requiredArray(node, place, "points"), JsonFields.field(place, "points"));
        Shape shape = LabelmeShapes.region(json, type, points, place);
        Optional<Long> group = json.optional(node, "group_id").isEmpty() ? Optional.empty()
                : Optional.of(json.requiredInteger(node, place, "group_id"));
        return new Read(new DatasetShape(label, shape, trueFlags(json, node, place), LabelSourceJson.read(json, node, place)),
                group);
    }

    /**
     * Shapes of one label sharing a group_id are one object in parts, at the place of its first part and with its
     * flags and source (as labelme's own COCO converter groups them); a group of one is a plain shape.
     */
    private static List<DatasetShape> grouped(List<Read> read) {
        Map<List<Object>, List<DatasetShape>> groups = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (Read r : read) {
            if (r.group().isEmpty()) {
                order.add(r.shape());
                continue;
            }
            List<Object> key = List.of(r.shape().className(), r.group().get());
            if (!groups.containsKey(key)) {
                order.add(key);
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r.shape());
        }
        List<DatasetShape> shapes = new ArrayList<>(order.size());
        for (Object o : order) {
            if (o instanceof DatasetShape single) {
                shapes.add(single);
                continue;
            }
            List<DatasetShape> members = groups.get(o);
            shapes.add(members.size() == 1 ? members.get(0) : members.get(0).withShape(new Shape.Parts(
                    members.stream().flatMap(m -> parts(m.shape()).stream()).toList())));
        }
        return shapes;
    }

    private static List<Shape.Region> parts(Shape shape) {
        return shape instanceof Shape.Parts p ? p.parts() : List.of((Shape.Region) shape);
    }

    private static List<Point> points(JsonFields json, JsonNode list, String place) throws FormatException {
        List<Point> points = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            double[] xy = json.numbers(list.get(i), JsonFields.index(place, i), 2);
            points.add(new Point(xy[0], xy[1]));
        }
        return points;
    }

    /** The names whose value is true in a "flags" object ({"cat": true, "dog": false} gives cat). */
    private static Set<String> trueFlags(JsonFields json, JsonNode parent, String place) throws FormatException {
        Set<String> names = new LinkedHashSet<>();
        Optional<JsonNode> flags = json.optional(parent, "flags");
        if (flags.isEmpty()) {
            return names;
        }
        String flagsPlace = JsonFields.field(place, "flags");
        json.object(flags.get(), flagsPlace);
        for (Map.Entry<String, JsonNode> flag : flags.get().properties()) {
            if (!flag.getValue().isBoolean()) {
                throw json.error(JsonFields.field(flagsPlace, flag.getKey()),
                        "expected true or false, found " + JsonFields.describe(flag.getValue()));
            }
            if (flag.getValue().asBoolean()) {
                names.add(flag.getKey());
            }
        }
        return names;
    }
}
