package org.whiskerstudio.labelling.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/**
 * YOLO label lines: {@code class cx cy w h} for a box, {@code class x1 y1 x2 y2 ...} (three or more points) for a
 * polygon (Ultralytics segmentation), every value a fraction of the image's width or height.
 */
final class YoloLabels {
    /** 10 decimals keep round trips within 1e-6 pixels even on 10,000-pixel images. */
    static final int DIGITS = 10;
    /** Writers round; a value this far outside 0..1 is still taken (and clamped). */
    static final double EPSILON = 1e-6;

    private YoloLabels() {
    }

    /** One label line for {@code shape}, clipped to the image first since YOLO cannot say "outside". */
    static String line(int classId, Shape shape, ImageHeaders.Size size) {
        double w = size.width();
        double h = size.height();
        StringBuilder line = new StringBuilder(Integer.toString(classId));
        Shape clipped = shape.clippedTo(w, h);
        if (clipped instanceof Shape.Polygon polygon) {
            for (Point p : polygon.points()) {
                line.append(' ').append(fraction(p.x() / w)).append(' ').append(fraction(p.y() / h));
            }
        } else if (clipped instanceof Shape.Box box) {
            line.append(' ').append(fraction((box.x1() + box.x2()) / 2 / w))
                    .append(' ').append(fraction((box.y1() + box.y2()) / 2 / h))
                    .append(' ').append(fraction(box.width() / w))
                    .append(' ').append(fraction(box.height() / h));
        }
        return line.toString();
    }

    /**
     * The shapes of a label file, in pixels of an image of {@code size}.
     *
     * @param lines the file's lines; blank ones are skipped
     */
    static List<DatasetShape> parse(Path file, List<String> lines, List<String> classes, ImageHeaders.Size size)
            throws FormatException {
        List<DatasetShape> shapes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()) {
                shapes.add(shape(file, "line " + (i + 1), line.split("\\s+"), classes, size));
            }
        }
        return shapes;
    }

    /** Whether a label file has any label line (an empty one marks a background image). */
    static boolean hasLabels(List<String> lines) {
        return lines.stream().anyMatch(l -> !l.isBlank());
    }

    private static DatasetShape shape(Path file, String place, String[] fields, List<String> classes,
                                      ImageHeaders.Size size) throws FormatException {
        int n = fields.length;
        if (n != 5 && (n < 7 || n % 2 == 0)) {
            throw new FormatException(file, place, "has " + n + " values; expected 5 (class x_center y_center width "
                    + "height) or a class and 3 or more x y pairs (a polygon)");
        }
        String className = className(file, place, fields[0], classes);
        double[] v = new double[n - 1];
        for (int i = 1; i < n; i++) {
            v[i - 1] = fraction(file, place, fields[i], i + 1);
        }
        double w = size.width();
        double h = size.height();
        if (n == 5) {
            return new DatasetShape(className, new Shape.Box((v[0] - v[2] / 2) * w, (v[1] - v[3] / 2) * h,
                    (v[0] + v[2] / 2) * w, (v[1] + v[3] / 2) * h));
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < v.length; i += 2) {
            points.add(new Point(v[i] * w, v[i + 1] * h));
        }
        return new DatasetShape(className, new Shape.Polygon(points));
    }

    private static String className(Path file, String place, String field, List<String> classes)
            throws FormatException {
        // Some exporters write the class as "0.0".
        OptionalDouble parsed = DecimalText.parse(field);
        if (parsed.isEmpty() || parsed.getAsDouble() != Math.rint(parsed.getAsDouble())) {
            throw new FormatException(file, place, "the class id \"" + field + "\" is not a whole number");
        }
        double id = parsed.getAsDouble();
        if (id < 0 || id >= classes.size()) {
            throw new FormatException(file, place, "the class id " + field + " is out of range; the class list names "
                    + classes.size() + " classes (0 to " + (classes.size() - 1) + ")");
        }
        return classes.get((int) id);
    }

    private static double fraction(Path file, String place, String field, int position) throws FormatException {
        double value = DecimalText.parse(field).orElseThrow(() -> new FormatException(file, place,
                "value " + position + " \"" + field + "\" is not a number"));
        if (!(value >= -EPSILON && value <= 1 + EPSILON)) {
            throw new FormatException(file, place, "value " + position + " (" + field + ") is outside 0..1; YOLO "
                    + "labels are fractions of the image's width and height");
        }
        return Math.max(0, Math.min(1, value));
    }

    private static String fraction(double value) {
        return DecimalText.rounded(value, DIGITS);
    }
}
