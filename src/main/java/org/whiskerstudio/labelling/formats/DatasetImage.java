package org.whiskerstudio.labelling.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.labelling.LabelSource;

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
 * @param tagSources where tags came from, by class name, for the tags whose source is known (when writing: from
 *                   the project; when reading: from our {@link LabelSourceField} in the file); the others have none
 */
public record DatasetImage(String path, int width, int height, List<String> tags, List<DatasetShape> shapes,
                           Optional<Path> file, Split split, Map<String, LabelSource> tagSources) {
    public DatasetImage {
        tags = List.copyOf(tags);
        shapes = List.copyOf(shapes);
        tagSources = Map.copyOf(tagSources);
    }

    public DatasetImage(String path, int width, int height, List<String> tags, List<DatasetShape> shapes,
                        Optional<Path> file, Split split) {
        this(path, width, height, tags, shapes, file, split, Map.of());
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
        return new DatasetImage(path, width, height, tags, shapes, file, next, tagSources);
    }

    public DatasetImage withPath(String next) {
        return new DatasetImage(next, width, height, tags, shapes, file, split, tagSources);
    }

    public DatasetImage withShapes(List<DatasetShape> next) {
        return new DatasetImage(path, width, height, tags, next, file, split, tagSources);
    }

    public DatasetImage withTagSources(Map<String, LabelSource> next) {
        return new DatasetImage(path, width, height, tags, shapes, file, split, next);
    }

    /**
     * Every label's known source in the order formats without a field of their own list them (tags, then shapes),
     * empty where unknown: what a {@link LabelSourceSidecar} keeps.
     */
    public List<Optional<LabelSource>> sourcesInOrder() {
        List<Optional<LabelSource>> out = new ArrayList<>(tags.size() + shapes.size());
        tags.forEach(tag -> out.add(Optional.ofNullable(tagSources.get(tag))));
        shapes.forEach(shape -> out.add(shape.source()));
        return out;
    }

    /** The same image with its labels' sources set in {@link #sourcesInOrder()}'s order (as many as it has labels). */
    public DatasetImage withSourcesInOrder(List<Optional<LabelSource>> sources) {
        if (sources.size() != tags.size() + shapes.size()) {
            throw new IllegalArgumentException(sources.size() + " sources for " + (tags.size() + shapes.size()) + " labels");
        }
        Map<String, LabelSource> nextTags = new HashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            if (sources.get(i).isPresent()) {
                nextTags.put(tags.get(i), sources.get(i).get());
            }
        }
        List<DatasetShape> nextShapes = new ArrayList<>(shapes.size());
        for (int i = 0; i < shapes.size(); i++) {
            DatasetShape shape = shapes.get(i);
            nextShapes.add(sources.get(tags.size() + i).map(shape::withSource).orElse(shape));
        }
        return new DatasetImage(path, width, height, tags, nextShapes, file, split, nextTags);
    }
}
