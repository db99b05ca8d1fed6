package org.whiskerstudio.labelling.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.imports.TestImages;

/** Files and datasets the format tests share. */
final class JsonFormatFixtures {
    /** What a format must keep of an image: its tags and shapes, whatever its path becomes. */
    record Labels(List<String> tags, List<DatasetShape> shapes) {
        static Labels of(DatasetImage image) {
            return new Labels(image.tags(), image.shapes());
        }
    }

    private JsonFormatFixtures() {
    }

    static Path text(Path file, String content) {
        return FormatFixtures.text(file, content);
    }

    static Path png(Path file, int width, int height) {
        return TestImages.write(file, width, height, file.getFileName().toString().hashCode());
    }

    static List<Labels> labels(LabelledDataset dataset) {
        return dataset.images().stream().map(Labels::of).toList();
    }

    static DatasetImage image(Path file, String path, int width, int height, List<String> tags, DatasetShape... shapes) {
        return new DatasetImage(path, width, height, tags, List.of(shapes), Optional.of(file), Split.NONE);
    }

    /**
     * Three images with every kind of label: awkward fractions, a polygon, crowd and other flags, tags, an image
     * with only a tag, and two images of the same file name.
     */
    static LabelledDataset sample(Path dir) {
        DatasetImage first = image(png(dir.resolve("cats/001.png"), 64, 48), "cats/001.png", 64, 48, List.of("cat"),
                new DatasetShape("cat", new Shape.Box(1.1, 2.2, 30.3, 40.7)),
                new DatasetShape("dog", new Shape.Polygon(List.of(new Point(0.5, 0.1), new Point(20.3, 3.7),
                        new Point(10.9, 30.2))), Set.of(Annotation.DIFFICULT)),
                new DatasetShape("dog", new Shape.Box(40.2, 10.6, 63.9, 47.3), Set.of(Annotation.CROWD)));
        DatasetImage second = image(png(dir.resolve("dogs/001.png"), 32, 32), "dogs/001.png", 32, 32, List.of(),
                new DatasetShape("bird", new Shape.Box(0.3, 0.7, 31.9, 31.1), Set.of(Annotation.TRUNCATED, Annotation.CROWD)));
        DatasetImage third = image(png(dir.resolve("002.png"), 16, 16), "002.png", 16, 16, List.of("dog", "cat"));
        return new LabelledDataset(dir, List.of("cat", "dog", "bird"), List.of(first, second, third));
    }
}
