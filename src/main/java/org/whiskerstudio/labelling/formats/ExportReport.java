package org.whiskerstudio.labelling.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.whiskerstudio.labelling.Shape;

/**
 * What an export wrote and, per image file and per shape kind, what the format could not carry: the regions it
 * left out, and the objects in parts it wrote as one box. Nothing is dropped without a line here.
 *
 * @param written the dataset as the format received it (only what it can write)
 * @param leftOut one line per image that lost something, as "cat.jpg: left out 2 lines, 1 point"
 */
public record ExportReport(LabelledDataset written, List<String> leftOut) {
    public ExportReport {
        leftOut = List.copyOf(leftOut);
    }

    /** The dataset reduced to what {@code format} writes, and what that left out. */
    public static ExportReport of(AnnotationFormat format, LabelledDataset full) {
        List<DatasetImage> images = new ArrayList<>(full.images().size());
        List<String> lines = new ArrayList<>();
        for (DatasetImage image : full.images()) {
            Map<String, Integer> dropped = new TreeMap<>();
            int boxed = 0;
            List<DatasetShape> kept = new ArrayList<>(image.shapes().size());
            for (DatasetShape shape : image.shapes()) {
                Shape.Region region = (Shape.Region) shape.shape();
                Optional<Shape.Region> out = format.written(region);
                out.ifPresent(r -> kept.add(shape.withShape(r)));
                if (out.isEmpty()) {
                    dropped.merge(region.kind(), 1, Integer::sum);
                } else if (region instanceof Shape.Parts parts && !out.get().equals(parts)) {
                    // Every stand-in (ExportShapes) keeps all box and polygon parts, and only them.
                    parts.parts().stream().filter(p -> !ExportShapes.hasArea(p))
                            .forEach(p -> dropped.merge(p.kind(), 1, Integer::sum));
                    boxed += out.get() instanceof Shape.Box && !parts.parts().contains(out.get()) ? 1 : 0;
                }
            }
            images.add(image.withShapes(kept));
            line(image.path(), dropped, boxed).ifPresent(lines::add);
        }
        return new ExportReport(new LabelledDataset(full.root(), full.classes(), images), lines);
    }

    /** Labels written: tags and regions. */
    public long labels() {
        return written.images().stream().mapToLong(i -> i.tags().size() + i.shapes().size()).sum();
    }

    /** The left-out lines for a message: the first {@code most}, then how many more. */
    public String leftOutText(int most) {
        if (leftOut.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("The format cannot hold every shape:");
        leftOut.stream().limit(most).forEach(line -> text.append("\n").append(line));
        if (leftOut.size() > most) {
            int more = leftOut.size() - most;
            text.append("\n... and ").append(more).append(more == 1 ? " more image" : " more images");
        }
        return text.toString();
    }

    private static Optional<String> line(String path, Map<String, Integer> dropped, int boxed) {
        List<String> said = new ArrayList<>();
        if (!dropped.isEmpty()) {
            List<String> counts = new ArrayList<>();
            dropped.forEach((kind, n) -> counts.add(n + " " + (n == 1 ? singular(kind) : plural(kind))));
            said.add("left out " + String.join(", ", counts));
        }
        if (boxed > 0) {
            said.add(boxed + (boxed == 1 ? " object in parts" : " objects in parts") + " written as one box");
        }
        return said.isEmpty() ? Optional.empty() : Optional.of(path + ": " + String.join("; ", said));
    }

    private static String singular(String kind) {
        return kind.equals("parts") ? "object in parts" : kind;
    }

    private static String plural(String kind) {
        return switch (kind) {
            case "box" -> "boxes";
            case "parts" -> "objects in parts";
            default -> kind + "s";
        };
    }
}
