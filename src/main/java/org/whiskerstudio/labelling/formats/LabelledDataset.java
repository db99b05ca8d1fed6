package org.whiskerstudio.labelling.formats;

import java.nio.file.Path;
import java.util.List;

/**
 * A dataset in neutral form, between files and a project.
 *
 * @param root    the folder image paths are relative to (when reading: the dataset folder; when writing: unused)
 * @param classes class names in their order (the order YOLO ids and COCO category ids follow)
 */
public record LabelledDataset(Path root, List<String> classes, List<DatasetImage> images) {
    public LabelledDataset {
        classes = List.copyOf(classes);
        images = List.copyOf(images);
    }
}
