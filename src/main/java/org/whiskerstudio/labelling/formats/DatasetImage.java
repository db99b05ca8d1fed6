package org.whiskerstudio.labelling.formats;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One image of a dataset and its labels.
 *
 * @param path   where the image is, relative to the dataset's root, with forward slashes ("train/cat/001.jpg");
 *               when reading, as the annotation file names it; when writing, the name to write it under
 * @param width  pixels; 0 when the format does not say (folder-per-class, CSV of tags)
 * @param height pixels; 0 when the format does not say
 * @param tags   class names of image-level tags, in order
 * @param file   when writing: the image's bytes on disk, to copy into the export; empty when reading
 * @param split  when writing with splits: the part it goes to
 */
public record DatasetImage(String path, int width, int height, List<String> tags, List<DatasetShape> shapes,
                           Optional<Path> file, Split split) {
    public DatasetImage {
        tags = List.copyOf(tags);
        shapes = List.copyOf(shapes);
    }

    /** An image as read from annotation files. */
    public static DatasetImage read(String path, int width, int height, List<String> tags, List<DatasetShape> shapes) {
        return new DatasetImage(path, width, height, tags, shapes, Optional.empty(), Split.NONE);
    }

    /** The file name without folders ("001.jpg"). */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The file name without its extension ("001"), as YOLO and VOC name their label files. */
    public String stem() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    public DatasetImage withSplit(Split next) {
        return new DatasetImage(path, width, height, tags, shapes, file, next);
    }

    public DatasetImage withPath(String next) {
        return new DatasetImage(next, width, height, tags, shapes, file, split);
    }
}
