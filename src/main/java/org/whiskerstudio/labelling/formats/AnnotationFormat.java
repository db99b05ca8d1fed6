package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.whiskerstudio.labelling.Shape;

/**
 * One interchange format. Implementations only touch files: they never see the project store.
 *
 * <p>Reading is all-or-nothing: the whole input is parsed and checked before anything is returned, so a
 * malformed file never leads to a half import. Readers must not resolve XML external entities, and must refuse
 * image paths that escape the dataset folder (absolute paths, {@code ..}).
 */
public interface AnnotationFormat {

    /** The id used on the command line: "coco", "voc", "yolo", "csv", "labelme", "folders". */
    String id();

    /** A line for menus and help. */
    String description();

    /**
     * Reads a dataset. {@code source} is the folder or file a user points at (a COCO JSON file, a CSV file,
     * a VOC/YOLO/labelme/folder-per-class folder).
     */
    LabelledDataset read(Path source) throws FormatException, IOException;

    /** False for import-only formats (IDX): they are left out of export choices. */
    default boolean canWrite() {
        return true;
    }

    /**
     * What this format writes for a region: the region, a stand-in it can hold, or nothing. Exports go through
     * {@link ExportReport}, which gives {@link #write} only these and reports what they left out. Most formats hold
     * boxes and polygons only ({@link ExportShapes#boxesAndPolygons}).
     */
    default Optional<Shape.Region> written(Shape.Region region) {
        return ExportShapes.boxesAndPolygons(region);
    }

    /**
     * Writes {@code dataset}, whose regions are only those {@link #written} gives (exports go through
     * {@link ExportReport}), into the empty or new folder {@code out}, copying each image from
     * {@link DatasetImage#file()}, and laying out splits as the format's own tools expect when images carry
     * a split other than {@link Split#NONE}.
     */
    void write(LabelledDataset dataset, Path out) throws IOException;
}
