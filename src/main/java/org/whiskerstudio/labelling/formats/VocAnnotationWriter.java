package org.whiskerstudio.labelling.formats;

import java.util.List;
import java.util.Optional;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writes one image's labels as a Pascal VOC annotation document; see {@link VocFormat} for the rules. */
final class VocAnnotationWriter {
    private VocAnnotationWriter() {
    }

    /**
     * @param fileName the image's file name in JPEGImages/
     * @param width    pixels, 0 when unknown
     */
    static Document document(DatasetImage image, String fileName, int width, int height) {
        Document document = SafeXml.newDocument();
        Element annotation = document.createElement("annotation");
        document.appendChild(annotation);
        SafeXml.append(annotation, "folder", "JPEGImages");
        SafeXml.append(annotation, "filename", fileName);
        Element size = SafeXml.append(annotation, "size");
        SafeXml.append(size, "width", Integer.toString(width));
        SafeXml.append(size, "height", Integer.toString(height));
        SafeXml.append(annotation, "segmented", "0");
        if (!image.tags().isEmpty()) {
            Element tags = SafeXml.append(annotation, "tags");
            for (String name : image.tags()) {
                Element tag = SafeXml.append(tags, "tag", name);
                LabelSourceField.putXml(tag, Optional.ofNullable(image.tagSources().get(name)));
            }
        }
        image.shapes().forEach(shape -> object(annotation, shape));
        return document;
    }

    private static void object(Element annotation, DatasetShape shape) {
        Element object = SafeXml.append(annotation, "object");
        SafeXml.append(object, "name", shape.className());
        SafeXml.append(object, "pose", "Unspecified");
        // Written even when 0: common VOC loaders read <difficult> without checking that it is there.
        SafeXml.append(object, "truncated", shape.flags().contains(Annotation.TRUNCATED) ? "1" : "0");
        SafeXml.append(object, "difficult", shape.flags().contains(Annotation.DIFFICULT) ? "1" : "0");
        // Polygons get their bounds too, so tools that know only <bndbox> still read them.
        Shape.Box box = shape.shape() instanceof Shape.Polygon p ? p.bounds() : (Shape.Box) shape.shape();
        Element bndbox = SafeXml.append(object, "bndbox");
        SafeXml.append(bndbox, "xmin", DecimalText.exact(box.x1()));
        SafeXml.append(bndbox, "ymin", DecimalText.exact(box.y1()));
        SafeXml.append(bndbox, "xmax", DecimalText.exact(box.x2()));
        SafeXml.append(bndbox, "ymax", DecimalText.exact(box.y2()));
        if (shape.shape() instanceof Shape.Polygon polygon) {
            polygon(object, polygon.points());
        }
        LabelSourceField.putXml(object, shape.source());
    }

    private static void polygon(Element object, List<Point> points) {
        Element polygon = SafeXml.append(object, "polygon");
        for (int i = 0; i < points.size(); i++) {
            SafeXml.append(polygon, "x" + (i + 1), DecimalText.exact(points.get(i).x()));
            SafeXml.append(polygon, "y" + (i + 1), DecimalText.exact(points.get(i).y()));
        }
    }
}
