package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.whiskerstudio.labelling.Shape;

/**
 * COCO object detection JSON.
 *
 * <p>Reading accepts a JSON file (images beside it, or in an {@code images/} folder beside it) or a folder in the
 * standard layout ({@code annotations/instances_<split>.json}, images in {@code <split>/}, {@code images/<split>/},
 * {@code images/} or the folder itself, tried in that order); a split named train..., val... or test... is kept
 * as the images' {@link Split}. Categories become classes in id order (ids need not be contiguous); an unused
 * "background" category is dropped. A polygon segmentation becomes a polygon, or one object in parts when it holds
 * several, and its bbox is ignored (COCO derives it); an RLE mask is not imported, its bbox is, as a box; {@code iscrowd} 1 is the
 * {@link org.whiskerstudio.labelling.Annotation#CROWD} flag. A missing image file is not an error here.
 *
 * <p>Writing gives {@code annotations.json} and {@code images/} without splits, or
 * {@code annotations/instances_<split>.json} and {@code images/<split>/} for each split that has images. A box is
 * written as a bbox with an empty segmentation, a polygon as its segmentation with its bounds as bbox, an object in
 * parts as one annotation whose segmentation holds a polygon per part, so a round trip keeps each shape's kind and
 * the object count. Points, lines and circles are left out ({@link #written}). Ids are stable (categories 1..N in class order, images and annotations numbered in
 * dataset order), and two images of one name get distinct ones ("001.jpg", "001-2.jpg"). Non-standard fields, which
 * other tools ignore, carry what COCO cannot and are read back: {@code whisker_tags} on an image (image-level tags),
 * {@code whisker_flags} on an annotation (flags other than crowd) and {@code whisker_corner} on a box whose
 * x + width does not round back to its right edge in doubles (so round trips are exact). Label provenance is
 * {@code whisker_label_source} on an annotation and {@code whisker_tag_sources} on an image ({@link LabelSourceJson}).
 */
public final class CocoFormat implements AnnotationFormat {

    @Override
    public String id() {
        return "coco";
    }

    /** Boxes and polygons; an object in parts keeps its polygons in one segmentation (boxes become polygons). */
    @Override
    public Optional<Shape.Region> written(Shape.Region region) {
        return ExportShapes.areaShapesInParts(region);
    }

    @Override
    public String description() {
        return "COCO object detection JSON (boxes, polygons, crowd regions)";
    }

    @Override
    public LabelledDataset read(Path source) throws FormatException, IOException {
        return CocoReader.read(CocoSource.of(source));
    }

    @Override
    public void write(LabelledDataset dataset, Path out) throws IOException {
        CocoWriter.write(dataset, out);
    }
}
