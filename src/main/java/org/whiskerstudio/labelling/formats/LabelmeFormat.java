package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.whiskerstudio.labelling.Shape;

/**
 * labelme JSON, one file per image.
 *
 * <p>Reading takes a folder (searched recursively, hidden folders skipped) or one JSON file; JSON files that are
 * not labelme files are skipped. Image-level flags set to true become tags; every shape type but mask becomes its
 * region ({@link LabelmeShapes}; a mask refuses the file), a shape's true flags its flags; shapes of one label
 * sharing a group_id are one object in parts. imagePath is relative to the JSON
 * file and must stay inside the folder read. An image whose file is missing is taken from its embedded
 * imageData; then the dataset's root is a temporary folder (see {@link LabelmeStaging}). Classes are named in
 * order of first use.
 *
 * <p>Writing puts each image and its {@code <stem>.json} in the output folder (or {@code <split>/}), with
 * imageData null (labelme loads the image from imagePath; embedding would double the export's size) and the
 * version "5.2.1". An object in parts is written as its parts sharing a group_id (1, 2, ... in each file). Label
 * provenance is {@code whisker_label_source} on a shape and {@code whisker_tag_sources} at
 * the top for the image's flags ({@link LabelSourceJson}); labelme keeps fields it does not know.
 */
public final class LabelmeFormat implements AnnotationFormat {

    @Override
    public String id() {
        return "labelme";
    }

    /** labelme holds every kind of region; an object in parts is its parts sharing a group_id. */
    @Override
    public Optional<Shape.Region> written(Shape.Region region) {
        return Optional.of(region);
    }

    @Override
    public String description() {
        return "labelme JSON, one file per image (rectangles, polygons, image flags)";
    }

    @Override
    public LabelledDataset read(Path source) throws FormatException, IOException {
        Path absolute = source.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new NoSuchFileException(source.toString(), null, "no such labelme folder or file");
        }
        Path root = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        List<Path> files = Files.isDirectory(absolute) ? jsonFiles(absolute) : List.of(absolute);
        List<DatasetImage> images = new ArrayList<>();
        Map<String, Path> labelledBy = new HashMap<>();
        try (LabelmeStaging staging = new LabelmeStaging(root)) {
            for (Path file : files) {
                Optional<LabelmeReader.Entry> read = LabelmeReader.read(file, root);
                if (read.isEmpty()) {
                    continue;
                }
                String path = read.get().image().path();
                Path earlier = labelledBy.putIfAbsent(path, file);
                if (earlier != null) {
                    throw new FormatException(file, "imagePath", "the image " + path + " is already labelled by " + earlier);
                }
                if (read.get().embedded().isPresent()) {
                    staging.putEmbedded(path, read.get().embedded().get());
                }
                images.add(read.get().image());
            }
            if (images.isEmpty()) {
                throw new FormatException(source, "", "no labelme files found (JSON files with \"shapes\" and \"imagePath\")");
            }
            return new LabelledDataset(staging.finish(images), classes(images), images);
        }
    }

    @Override
    public void write(LabelledDataset dataset, Path out) throws IOException {
        LabelmeWriter.write(dataset, out);
    }

    /** Sorted by path, so reading is repeatable whatever order the file system lists in. */
    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(file -> !hidden(folder.relativize(file)))
                    .sorted()
                    .toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> classes(List<DatasetImage> images) {
        Set<String> names = new LinkedHashSet<>();
        for (DatasetImage image : images) {
            names.addAll(image.tags());
            image.shapes().forEach(shape -> names.add(shape.className()));
        }
        return List.copyOf(names);
    }
}
