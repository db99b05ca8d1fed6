package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/**
 * One CSV file of labels, one label per row; the header line says which columns there are, in any order.
 *
 * <ul>
 *   <li>{@code file,label}: image-level tags; several rows for one file are several tags.</li>
 *   <li>{@code file,x1,y1,x2,y2,label}: boxes in pixels; a row with x1..y2 empty is a tag, so one file can hold
 *       tags and boxes together.</li>
 *   <li>{@code polygon} (optional): CSV has no common polygon form, and writing a polygon's bounding box would lose
 *       it silently, so a polygon is a row with x1..y2 empty and its points here as "x1 y1 x2 y2 x3 y3 ...",
 *       space-separated.</li>
 *   <li>{@code flags} (optional): a box's or polygon's flags ("crowd difficult"), space-separated.</li>
 *   <li>{@code split} (optional): train, val or test, written when exporting with splits.</li>
 *   <li>{@code label_source} (optional, Whisker Studio's own): where the label came from, as
 *       "suggested run=3 probability=0.93", "typed", "imported format=coco" ({@link LabelSourceField}).</li>
 * </ul>
 *
 * A row with a file and nothing else lists an image without labels. {@code file} is relative to the CSV's folder.
 * The text is UTF-8 (a byte order mark is fine) with RFC 4180 quoting and CRLF or LF line ends. Class order and
 * classes without labels do not survive a CSV, and image sizes are not recorded (read as 0).
 *
 * <p>{@link #read} takes the CSV file, or a folder holding {@code labels.csv}; {@link #write} makes
 * {@code labels.csv} and copies images to {@code images/<path>}, or {@code images/<split>/<path>} when splitting.
 */
public final class CsvFormat implements AnnotationFormat {
    /** The file {@link #write} makes, and {@link #read} looks for when given a folder. */
    public static final String LABELS_FILE = "labels.csv";

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV: one row per tag, box or polygon (file,label or file,x1,y1,x2,y2,label)";
    }

    @Override
    public LabelledDataset read(Path source) throws FormatException, IOException {
        Path file = source;
        if (Files.isDirectory(source)) {
            file = source.resolve(LABELS_FILE);
            if (!Files.isRegularFile(file)) {
                throw new FormatException(source, "", "this folder has no " + LABELS_FILE + "; choose the CSV file itself");
            }
        }
        Path root = file.toAbsolutePath().normalize().getParent();
        List<CsvText.Row> rows = CsvText.parse(CsvText.decode(Files.readAllBytes(file), file), file);
        if (rows.isEmpty()) {
            throw new FormatException(file, "", "the file is empty; the first line must name the columns, e.g. file,label");
        }
        CsvColumns columns = CsvColumns.parse(rows.get(0), file);
        Map<String, ImageRows> images = new LinkedHashMap<>();
        Set<String> classes = new LinkedHashSet<>();
        for (CsvText.Row row : rows.subList(1, rows.size())) {
            readRow(row, columns, root, file, images, classes);
        }
        return new LabelledDataset(root, List.copyOf(classes), images.values().stream().map(ImageRows::image).toList());
    }

    private static void readRow(CsvText.Row row, CsvColumns columns, Path root, Path file,
                                Map<String, ImageRows> images, Set<String> classes) throws FormatException {
        String place = "line " + row.line();
        if (row.fields().size() != columns.size()) {
            throw new FormatException(file, place, "expected " + columns.size() + " fields ("
                    + String.join(",", columns.names()) + "), found " + row.fields().size());
        }
        Path resolved = DatasetPaths.resolveInside(root, columns.get(row, CsvColumns.FILE).trim(), file, place);
        String path = RelativePaths.of(root, resolved);
        Split split = split(columns.get(row, CsvColumns.SPLIT), file, place);
        ImageRows image = images.computeIfAbsent(path, p -> new ImageRows(p, split, row.line()));
        if (image.split != split) {
            throw new FormatException(file, place, "\"" + path + "\" is in split " + splitName(image.split) + " on line "
                    + image.firstLine + " but in split " + splitName(split) + " here");
        }
        String label = columns.get(row, CsvColumns.LABEL).trim();
        String flags = columns.get(row, CsvColumns.FLAGS).trim();
        Shape shape = shape(row, columns, file, place);
        Optional<LabelSource> source = source(columns.get(row, CsvColumns.LABEL_SOURCE), label, file, place);
        if (shape instanceof Shape.Tag) {
            if (!flags.isEmpty()) {
                throw new FormatException(file, place, "flags belong to boxes and polygons, but this row has neither");
            }
            if (!label.isEmpty()) {
                image.tags.add(label);
                source.ifPresent(s -> image.tagSources.put(label, s));
            }
        } else if (label.isEmpty()) {
            throw new FormatException(file, place, "a " + shape.kind() + " needs a label");
        } else {
            Set<String> flagSet = flags.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(flags.split("\\s+")));
            image.shapes.add(new DatasetShape(label, shape, flagSet, source));
        }
        if (!label.isEmpty()) {
            classes.add(label);
        }
    }

    /** The row's label_source, empty when the column is absent or blank; a source without a label is refused. */
    private static Optional<LabelSource> source(String text, String label, Path file, String place)
            throws FormatException {
        if (text.isBlank()) {
            return Optional.empty();
        }
        if (label.isEmpty()) {
            throw new FormatException(file, place, CsvColumns.LABEL_SOURCE + " belongs to a label, but this row has none");
        }
        return Optional.of(LabelSourceField.parseText(text, file, place + " " + CsvColumns.LABEL_SOURCE));
    }

    /** The row's box or polygon; a {@link Shape.Tag} when it has neither. */
    private static Shape shape(CsvText.Row row, CsvColumns columns, Path file, String place) throws FormatException {
        List<String> corners = CsvColumns.BOX.stream().map(c -> columns.get(row, c).trim()).toList();
        String polygon = columns.get(row, CsvColumns.POLYGON).trim();
        long filled = corners.stream().filter(v -> !v.isEmpty()).count();
        if (filled == 0) {
            return polygon.isEmpty() ? new Shape.Tag() : polygon(polygon, file, place);
        }
        if (filled < corners.size()) {
            int empty = corners.indexOf("");
            throw new FormatException(file, place, "x1, y1, x2, y2 must all be filled (a box) or all empty (a tag); "
                    + CsvColumns.BOX.get(empty) + " is empty");
        }
        if (!polygon.isEmpty()) {
            throw new FormatException(file, place, "a row holds a box (x1..y2) or a polygon, not both");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            v[i] = number(CsvColumns.BOX.get(i), corners.get(i), file, place);
        }
        return new Shape.Box(v[0], v[1], v[2], v[3]);
    }

    private static Shape.Polygon polygon(String text, Path file, String place) throws FormatException {
        String[] values = text.split("\\s+");
        if (values.length % 2 != 0) {
            throw new FormatException(file, place, "the polygon has an odd number of coordinates (" + values.length
                    + "); it should be \"x1 y1 x2 y2 x3 y3 ...\"");
        }
        if (values.length < 6) {
            throw new FormatException(file, place, "a polygon needs at least 3 points, this one has " + values.length / 2);
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i += 2) {
            int n = i / 2 + 1;
            points.add(new Point(number("polygon x" + n, values[i], file, place),
                    number("polygon y" + n, values[i + 1], file, place)));
        }
        return new Shape.Polygon(points);
    }

    private static double number(String name, String text, Path file, String place) throws FormatException {
        return DecimalText.parse(text).orElseThrow(
                () -> new FormatException(file, place, name + " \"" + text + "\" is not a number"));
    }

    private static Split split(String text, Path file, String place) throws FormatException {
        String name = text.trim();
        if (name.isEmpty()) {
            return Split.NONE;
        }
        for (Split split : Split.values()) {
            if (split != Split.NONE && split.folderName().equalsIgnoreCase(name)) {
                return split;
            }
        }
        throw new FormatException(file, place, "unknown split \"" + text + "\"; expected train, val, test or empty");
    }

    private static String splitName(Split split) {
        return split == Split.NONE ? "(none)" : split.folderName();
    }

    @Override
    public void write(LabelledDataset dataset, Path out) throws IOException {
        List<String> targets = targets(dataset.images());
        DatasetFiles.prepareEmptyFolder(out);
        List<DatasetImage> images = dataset.images();
        List<DatasetShape> shapes = images.stream().flatMap(i -> i.shapes().stream()).toList();
        CsvColumns columns = CsvColumns.forWriting(
                shapes.stream().anyMatch(s -> s.shape() instanceof Shape.Box),
                shapes.stream().anyMatch(s -> s.shape() instanceof Shape.Polygon),
                shapes.stream().anyMatch(s -> !s.flags().isEmpty()),
                images.stream().anyMatch(i -> i.split() != Split.NONE),
                images.stream().anyMatch(i -> i.sourcesInOrder().stream().anyMatch(Optional::isPresent)));
        StringBuilder csv = new StringBuilder(CsvText.line(columns.names()));
        for (int i = 0; i < images.size(); i++) {
            DatasetImage image = images.get(i);
            DatasetFiles.copyImage(image, out.resolve(targets.get(i)));
            for (Map<String, String> row : rows(image, targets.get(i))) {
                csv.append(CsvText.line(columns.row(row)));
            }
        }
        Files.writeString(out.resolve(LABELS_FILE), csv, StandardCharsets.UTF_8);
    }

    /** Where each image goes, relative to the export folder; checked before anything is written. */
    private static List<String> targets(List<DatasetImage> images) throws IOException {
        UniqueNames names = new UniqueNames();
        List<String> targets = new ArrayList<>();
        for (DatasetImage image : images) {
            String folder = image.split() == Split.NONE ? "images" : "images/" + image.split().folderName();
            String path = image.path().replace('\\', '/');
            Path base = Path.of(folder);
            if (path.isBlank() || path.startsWith("/") || !base.resolve(path).normalize().startsWith(base)) {
                throw new IOException("cannot export image \"" + image.path() + "\": its path must stay inside the export folder");
            }
            targets.add(names.claim(base.resolve(path).normalize().toString().replace('\\', '/')));
        }
        return targets;
    }

    /** The rows for one image: its tags, then its shapes, or a bare row when it has neither. */
    private static List<Map<String, String>> rows(DatasetImage image, String file) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String tag : image.tags()) {
            Map<String, String> row = row(image, file, tag);
            Optional.ofNullable(image.tagSources().get(tag))
                    .ifPresent(s -> row.put(CsvColumns.LABEL_SOURCE, LabelSourceField.text(s)));
            rows.add(row);
        }
        for (DatasetShape shape : image.shapes()) {
            Map<String, String> row = row(image, file, shape.className());
            shape.source().ifPresent(s -> row.put(CsvColumns.LABEL_SOURCE, LabelSourceField.text(s)));
            if (shape.shape() instanceof Shape.Box box) {
                List<Double> corners = List.of(box.x1(), box.y1(), box.x2(), box.y2());
                for (int i = 0; i < 4; i++) {
                    row.put(CsvColumns.BOX.get(i), DecimalText.exact(corners.get(i)));
                }
            } else if (shape.shape() instanceof Shape.Polygon polygon) {
                List<String> values = new ArrayList<>();
                for (Point p : polygon.points()) {
                    values.add(DecimalText.exact(p.x()));
                    values.add(DecimalText.exact(p.y()));
                }
                row.put(CsvColumns.POLYGON, String.join(" ", values));
            }
            row.put(CsvColumns.FLAGS, String.join(" ", shape.flags().stream().sorted().toList()));
            rows.add(row);
        }
        if (rows.isEmpty()) {
            rows.add(row(image, file, ""));
        }
        return rows;
    }

    private static Map<String, String> row(DatasetImage image, String file, String label) {
        Map<String, String> row = new HashMap<>();
        row.put(CsvColumns.FILE, file);
        row.put(CsvColumns.LABEL, label);
        row.put(CsvColumns.SPLIT, image.split().folderName());
        return row;
    }

    /** The rows read so far for one image. */
    private static final class ImageRows {
        private final String path;
        private final Split split;
        private final int firstLine;
        private final List<String> tags = new ArrayList<>();
        private final List<DatasetShape> shapes = new ArrayList<>();
        private final Map<String, LabelSource> tagSources = new HashMap<>();

        ImageRows(String path, Split split, int firstLine) {
            this.path = path;
            this.split = split;
            this.firstLine = firstLine;
        }

        DatasetImage image() {
            return new DatasetImage(path, 0, 0, tags, shapes, Optional.empty(), split, tagSources);
        }
    }
}
