package org.whiskerstudio.labelling.formats;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/**
 * Writes COCO files. Ids are stable: category ids 1..N in class order, image ids 1.. and annotation ids 1.. in
 * the dataset's order across all splits, so the same dataset always gives the same bytes.
 */
final class CocoWriter {
    private CocoWriter() {
    }

    static void write(LabelledDataset dataset, Path out) throws IOException {
        DatasetFiles.prepareEmptyFolder(out);
        Map<String, Integer> categoryIds = categoryIds(dataset);
        List<ExportLayout.Placement> placements = ExportLayout.place(dataset.images());
        Map<Split, ObjectNode> documents = new EnumMap<>(Split.class);
        for (Split split : ExportLayout.splits(placements)) {
            documents.put(split, document(categoryIds));
        }
        long annotationId = 1;
        for (int i = 0; i < placements.size(); i++) {
            DatasetImage image = dataset.images().get(i);
            ExportLayout.Placement placement = placements.get(i);
            ObjectNode document = documents.get(placement.split());
            long imageId = i + 1L;
            ((ArrayNode) document.get("images")).add(image(imageId, placement.fileName(), image));
            for (DatasetShape shape : image.shapes()) {
                ((ArrayNode) document.get("annotations")).add(annotation(annotationId++, imageId,
                        categoryIds.get(shape.className()), shape));
            }
            DatasetFiles.copyImage(image, out.resolve("images").resolve(placement.relativePath()));
        }
        for (Map.Entry<Split, ObjectNode> entry : documents.entrySet()) {
            Path file = entry.getKey() == Split.NONE ? out.resolve("annotations.json")
                    : out.resolve("annotations").resolve("instances_" + entry.getKey().folderName() + ".json");
            Files.createDirectories(file.getParent());
            Json.mapper().writeValue(file.toFile(), entry.getValue());
        }
    }

    /** The dataset's classes, then any name a shape or tag uses that the class list lacks. */
    private static Map<String, Integer> categoryIds(LabelledDataset dataset) {
        Set<String> names = new LinkedHashSet<>(dataset.classes());
        for (DatasetImage image : dataset.images()) {
            names.addAll(image.tags());
            image.shapes().forEach(shape -> names.add(shape.className()));
        }
        Map<String, Integer> ids = new LinkedHashMap<>();
        names.forEach(name -> ids.put(name, ids.size() + 1));
        return ids;
    }

    private static ObjectNode document(Map<String, Integer> categoryIds) {
        ObjectNode document = Json.mapper().createObjectNode();
        document.putObject("info").put("description", "Exported by Whisker Studio").put("version", "1.0");
        document.putArray("licenses");
        document.putArray("images");
        document.putArray("annotations");
        ArrayNode categories = document.putArray("categories");
        categoryIds.forEach((name, id) -> categories.addObject().put("id", id).put("name", name).put("supercategory", "none"));
        return document;
    }

    private static ObjectNode image(long id, String fileName, DatasetImage image) {
        ObjectNode node = Json.mapper().createObjectNode()
                .put("id", id).put("file_name", fileName).put("width", image.width()).put("height", image.height());
        if (!image.tags().isEmpty()) {
            ArrayNode tags = node.putArray(CocoReader.TAGS_FIELD);
            image.tags().forEach(tags::add);
            LabelSourceJson.putTags(node, image.tags(), image.tagSources());
        }
        return node;
    }

    /**
     * A box is a bbox with empty segmentation; a polygon is its segmentation with its bounds as the bbox; an object
     * in parts is one segmentation of one polygon per part (a box part as its four corners).
     */
    private static ObjectNode annotation(long id, long imageId, int categoryId, DatasetShape shape) {
        ObjectNode node = Json.mapper().createObjectNode().put("id", id).put("image_id", imageId).put("category_id", categoryId);
        ArrayNode segmentation = Json.mapper().createArrayNode();
        Shape.Region region = (Shape.Region) shape.shape();
        Shape.Box bounds = region.bounds();
        double area = 0;
        for (List<Point> polygon : polygons(region)) {
            ArrayNode part = segmentation.addArray();
            polygon.forEach(p -> part.add(p.x()).add(p.y()));
            area += area(polygon);
        }
        if (region instanceof Shape.Box) {
            area = bounds.width() * bounds.height();
        }
        node.putArray("bbox").add(bounds.x1()).add(bounds.y1()).add(bounds.width()).add(bounds.height());
        boolean inexact = bounds.x1() + bounds.width() != bounds.x2() || bounds.y1() + bounds.height() != bounds.y2();
        if (region instanceof Shape.Box && inexact) {
            node.putArray(CocoAnnotations.CORNER_FIELD).add(bounds.x2()).add(bounds.y2());
        }
        node.put("area", area);
        node.set("segmentation", segmentation);
        node.put("iscrowd", shape.flags().contains(Annotation.CROWD) ? 1 : 0);
        List<String> others = shape.flags().stream().filter(flag -> !flag.equals(Annotation.CROWD)).sorted().toList();
        if (!others.isEmpty()) {
            ArrayNode flags = node.putArray(CocoAnnotations.FLAGS_FIELD);
            others.forEach(flags::add);
        }
        LabelSourceJson.put(node, shape.source());
        return node;
    }

    /** The segmentation's polygons: none for a box (its bbox says it all), one per part for an object in parts. */
    private static List<List<Point>> polygons(Shape.Region region) {
        if (region instanceof Shape.Polygon polygon) {
            return List.of(polygon.points());
        }
        if (region instanceof Shape.Parts parts) {
            return parts.parts().stream().map(part -> part instanceof Shape.Polygon p ? p.points() : corners(part.bounds()))
                    .toList();
        }
        return List.of();
    }

    private static List<Point> corners(Shape.Box b) {
        return List.of(new Point(b.x1(), b.y1()), new Point(b.x2(), b.y1()), new Point(b.x2(), b.y2()),
                new Point(b.x1(), b.y2()));
    }

    /** The shoelace formula: the area a simple polygon encloses. */
    private static double area(List<Point> points) {
        double twice = 0;
        for (int i = 0; i < points.size(); i++) {
            Point a = points.get(i);
            Point b = points.get((i + 1) % points.size());
            twice += a.x() * b.y() - b.x() * a.y();
        }
        return Math.abs(twice) / 2;
    }
}
