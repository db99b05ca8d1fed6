package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.w3c.dom.Element;

/** Reads one Pascal VOC annotation file into a {@link DatasetImage}; see {@link VocFormat} for the rules. */
final class VocAnnotationReader {
    private final Path root;
    private final Path imageFolder;
    private final Path file;

    /**
     * @param root        the dataset folder, absolute and normalised; image paths are relative to it
     * @param imageFolder where {@code <filename>} is looked up (JPEGImages/, or the XML file's own folder)
     */
    VocAnnotationReader(Path root, Path imageFolder, Path file) {
        this.root = root;
        this.imageFolder = imageFolder;
        this.file = file;
    }

    DatasetImage read() throws FormatException, IOException {
        Element annotation = SafeXml.parse(file).getDocumentElement();
        if (!annotation.getTagName().equals("annotation")) {
            throw new FormatException(file, "<" + annotation.getTagName() + ">",
                    "the root element must be <annotation> in a Pascal VOC file");
        }
        String path = imagePath(annotation);
        Element size = SafeXml.child(annotation, "size").orElseThrow(() -> new FormatException(file, "<size>",
                "is missing; a VOC file must give the image's <width> and <height>"));
        int width = pixels(size, "width");
        int height = pixels(size, "height");
        List<DatasetShape> shapes = new ArrayList<>();
        List<Element> objects = SafeXml.children(annotation, "object");
        for (int i = 0; i < objects.size(); i++) {
            shapes.add(object(objects.get(i), "<object> " + (i + 1)));
        }
        Map<String, LabelSource> tagSources = new HashMap<>();
        List<String> tags = tags(annotation, tagSources);
        return DatasetImage.read(path, width, height, tags, shapes).withTagSources(tagSources);
    }

    /** The image's path relative to the dataset root, refusing any that leave it. */
    private String imagePath(Element annotation) throws FormatException {
        // labelImg writes an absolute <path> on the labeller's machine; only its last part can mean anything here.
        Optional<String> fromPath = SafeXml.childText(annotation, "path")
                .map(p -> p.substring(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1))
                .filter(name -> !name.isEmpty());
        String name = SafeXml.childText(annotation, "filename").or(() -> fromPath).orElseThrow(
                () -> new FormatException(file, "<filename>", "is missing; it names the image the labels are for"));
        String folder = RelativePaths.of(root, imageFolder);
        Path image = DatasetPaths.resolveInside(root, folder.isEmpty() ? name : folder + "/" + name, file, "<filename>");
        return RelativePaths.of(root, image);
    }

    /** The {@code <tags>} extension's names, in order; their sources, where given, go into {@code sources}. */
    private List<String> tags(Element annotation, Map<String, LabelSource> sources) throws FormatException {
        Set<String> tags = new LinkedHashSet<>();
        Optional<Element> list = SafeXml.child(annotation, "tags");
        List<Element> elements = list.map(t -> SafeXml.children(t, "tag")).orElse(List.of());
        for (int i = 0; i < elements.size(); i++) {
            // The source element is empty, so the text is the class name alone.
            String name = elements.get(i).getTextContent().strip();
            if (!name.isEmpty() && tags.add(name)) {
                Optional<LabelSource> source = LabelSourceField.readXml(elements.get(i), file, "<tag> " + (i + 1));
                source.ifPresent(s -> sources.put(name, s));
            }
        }
        return List.copyOf(tags);
    }

    private DatasetShape object(Element object, String place) throws FormatException {
        String name = SafeXml.childText(object, "name")
                .orElseThrow(() -> new FormatException(file, place + " <name>", "is missing or empty"));
        Set<String> flags = new HashSet<>();
        if (flag(object, "difficult", place)) {
            flags.add(Annotation.DIFFICULT);
        }
        if (flag(object, "truncated", place)) {
            flags.add(Annotation.TRUNCATED);
        }
        Optional<Element> polygon = SafeXml.child(object, "polygon");
        Optional<Element> box = SafeXml.child(object, "bndbox");
        // Tools that write polygons also write their bounding box; the polygon is the finer truth.
        Shape shape;
        if (polygon.isPresent()) {
            shape = polygon(polygon.get(), place + " <polygon>");
        } else if (box.isPresent()) {
            String at = place + " <bndbox>";
            Element b = box.get();
            shape = new Shape.Box(number(b, "xmin", at), number(b, "ymin", at), number(b, "xmax", at), number(b, "ymax", at));
        } else {
            throw new FormatException(file, place, "has neither a <bndbox> nor a <polygon>");
        }
        return new DatasetShape(name, shape, flags, LabelSourceField.readXml(object, file, place));
    }

    /** Either {@code <pt><x/><y/></pt>...} or labelImg-style {@code <x1/><y1/><x2/><y2/>...}. */
    private Shape.Polygon polygon(Element polygon, String place) throws FormatException {
        List<Point> points = new ArrayList<>();
        List<Element> pts = SafeXml.children(polygon, "pt");
        for (int i = 0; i < pts.size(); i++) {
            String at = place + " <pt> " + (i + 1);
            points.add(new Point(number(pts.get(i), "x", at), number(pts.get(i), "y", at)));
        }
        for (int i = 1; pts.isEmpty() && (SafeXml.child(polygon, "x" + i).isPresent()
                || SafeXml.child(polygon, "y" + i).isPresent()); i++) {
            points.add(new Point(number(polygon, "x" + i, place), number(polygon, "y" + i, place)));
        }
        if (points.size() < 3) {
            throw new FormatException(file, place, "has " + points.size() + " points; a polygon needs at least 3");
        }
        return new Shape.Polygon(points);
    }

    private boolean flag(Element object, String name, String place) throws FormatException {
        String value = SafeXml.childText(object, name).orElse("0").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new FormatException(file, place + " <" + name + ">", "\"" + value + "\" is not 0 or 1");
        };
    }

    private int pixels(Element size, String name) throws FormatException {
        double value = number(size, name, "<size>");
        if (value < 0 || value != Math.rint(value) || value > Integer.MAX_VALUE) {
            throw new FormatException(file, "<size> <" + name + ">",
                    "\"" + SafeXml.childText(size, name).orElse("") + "\" is not a whole number of pixels");
        }
        return (int) value;
    }

    private double number(Element parent, String name, String place) throws FormatException {
        String at = place + " <" + name + ">";
        String text = SafeXml.childText(parent, name)
                .orElseThrow(() -> new FormatException(file, at, "is missing or empty"));
        return DecimalText.parse(text).orElseThrow(
                () -> new FormatException(file, at, "\"" + text + "\" is not a number"));
    }
}
