package org.whiskerstudio.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.labelling.Shape.Box;

/**
 * Predictions as JSON and CSV, one shape for {@code whisker predict}, {@code whisker serve} and the Deploy screen's
 * folder export: {@code {"file": ..., "classes": [{"name", "probability"}], "millis"}}. An anomaly model's answer has
 * no classes but {@code "anomaly": {"score", "threshold", "anomaly"}}, and its CSV columns are file, score,
 * threshold, anomaly, millis. A detector's has no classes but the image's {@code "width"} and {@code "height"} and
 * {@code "boxes": [{"class", "score", "x", "y", "w", "h"}]} in the image's pixels (x, y the top left corner), and its
 * CSV has one row per box: file, class, score, x, y, w, h (an image without boxes has no row).
 */
public final class PredictionFormats {
    private static final List<String> ANOMALY_COLUMNS = List.of("file", "score", "threshold", "anomaly", "millis");
    private static final List<String> BOX_COLUMNS = List.of("file", "class", "score", "x", "y", "w", "h");

    /** Which CSV columns a model's answers fill. */
    public enum Columns {
        /** file, class_1, probability_1, ..., millis. */
        CLASSES,
        /** file, score, threshold, anomaly, millis. */
        ANOMALY,
        /** file, class, score, x, y, w, h: one row per box. */
        BOXES
    }

    private PredictionFormats() {
    }

    /** One prediction as the server answers it (no file name). */
    public static ObjectNode node(Prediction p, boolean withSource) {
        ObjectNode n = Json.mapper().createObjectNode();
        if (withSource) {
            n.put("file", p.source());
        }
        ArrayNode classes = n.putArray("classes");
        for (ClassScore c : p.top()) {
            classes.addObject().put("name", c.name()).put("probability", c.probability());
        }
        p.anomaly().ifPresent(v -> n.putObject("anomaly").put("score", v.score()).put("threshold", v.threshold())
                .put("anomaly", v.anomaly()));
        p.boxes().ifPresent(b -> boxes(n, b));
        n.put("millis", Math.round(p.millis() * 1000) / 1000.0);
        return n;
    }

    /** A detector's image size and boxes: coordinates to 1/100 pixel, scores to 4 places. */
    private static void boxes(ObjectNode n, FoundBoxes found) {
        n.put("width", found.width()).put("height", found.height());
        ArrayNode list = n.putArray("boxes");
        for (Detection d : found.boxes()) {
            Box b = d.box();
            list.addObject().put("class", found.name(d)).put("score", round(d.score(), 1e4))
                    .put("x", round(b.x1(), 100)).put("y", round(b.y1(), 100)).put("w", round(b.width(), 100))
                    .put("h", round(b.height(), 100));
        }
    }

    private static double round(double value, double per) {
        return Math.round(value * per) / per;
    }

    /** On one line, as the server sends it. */
    public static String json(Prediction p, boolean withSource) {
        return node(p, withSource).toString();
    }

    /** {@code {"predictions": [...]}}. */
    public static String json(List<Prediction> predictions) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode list = root.putArray("predictions");
        predictions.forEach(p -> list.add(node(p, true)));
        return write(root);
    }

    /** The CSV header for top-{@code k} rows: file, class_1, probability_1, ..., millis. */
    public static String csvHeader(int k) {
        return csvHeader(k, false);
    }

    /** The same, or an anomaly model's header (file, score, threshold, anomaly, millis). */
    public static String csvHeader(int k, boolean anomalies) {
        return csvHeader(k, anomalies ? Columns.ANOMALY : Columns.CLASSES);
    }

    /** The header of these columns ({@code k} classes for {@link Columns#CLASSES}). */
    public static String csvHeader(int k, Columns columns) {
        if (columns != Columns.CLASSES) {
            return String.join(",", columns == Columns.ANOMALY ? ANOMALY_COLUMNS : BOX_COLUMNS);
        }
        List<String> fields = new ArrayList<>(List.of("file"));
        for (int i = 1; i <= k; i++) {
            fields.add("class_" + i);
            fields.add("probability_" + i);
        }
        fields.add("millis");
        return String.join(",", fields);
    }

    /**
     * One CSV row with {@code k} class columns (blank when the model has fewer classes); a detector's answer gives
     * one row per box, joined by newlines, and "" without boxes.
     */
    public static String csvRow(Prediction p, int k) {
        if (p.boxes().isPresent()) {
            FoundBoxes found = p.boxes().get();
            return String.join("\n", found.boxes().stream().map(d -> String.join(",", quote(p.source()),
                    quote(found.name(d)), String.format(Locale.ROOT, "%.6f", d.score()), pixels(d.box().x1()),
                    pixels(d.box().y1()), pixels(d.box().width()), pixels(d.box().height()))).toList());
        }
        if (p.anomaly().isPresent()) {
            AnomalyVerdict v = p.anomaly().get();
            return String.join(",", quote(p.source()), String.format(Locale.ROOT, "%.6g", v.score()),
                    String.format(Locale.ROOT, "%.6g", v.threshold()), String.valueOf(v.anomaly()),
                    String.format(Locale.ROOT, "%.3f", p.millis()));
        }
        List<String> fields = new ArrayList<>(List.of(quote(p.source())));
        for (int i = 0; i < k; i++) {
            boolean has = i < p.top().size();
            fields.add(has ? quote(p.top().get(i).name()) : "");
            fields.add(has ? String.format(Locale.ROOT, "%.6f", p.top().get(i).probability()) : "");
        }
        fields.add(String.format(Locale.ROOT, "%.3f", p.millis()));
        return String.join(",", fields);
    }

    /** A row for a file that could not be predicted: the reason in the first class column. */
    public static String csvFailure(String source, String reason, int k) {
        return csvFailure(source, reason, k, false);
    }

    /** The same under {@link #csvHeader(int, boolean)}'s columns. */
    public static String csvFailure(String source, String reason, int k, boolean anomalies) {
        return csvFailure(source, reason, k, anomalies ? Columns.ANOMALY : Columns.CLASSES);
    }

    /** The same under {@link #csvHeader(int, Columns)}'s columns. */
    public static String csvFailure(String source, String reason, int k, Columns columns) {
        List<String> fields = new ArrayList<>(List.of(quote(source), quote("ERROR: " + reason)));
        int count = switch (columns) {
            case CLASSES -> 2 * k + 2;
            case ANOMALY -> ANOMALY_COLUMNS.size();
            case BOXES -> BOX_COLUMNS.size();
        };
        for (int i = fields.size(); i < count; i++) {
            fields.add("");
        }
        return String.join(",", fields);
    }

    private static String pixels(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String quote(String field) {
        String safe = field.startsWith("=") || field.startsWith("+") || field.startsWith("-") || field.startsWith("@")
                ? "'" + field : field;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String write(Object node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
