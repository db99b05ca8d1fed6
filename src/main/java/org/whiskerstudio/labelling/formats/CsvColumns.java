package org.whiskerstudio.labelling.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns a {@link CsvFormat} file has, found from its header line in any order: {@code file} and
 * {@code label} always; {@code x1,y1,x2,y2} together or not at all; {@code polygon}, {@code flags},
 * {@code split} and {@code label_source} when present.
 */
final class CsvColumns {
    static final String FILE = "file";
    static final String LABEL = "label";
    static final List<String> BOX = List.of("x1", "y1", "x2", "y2");
    static final String POLYGON = "polygon";
    static final String FLAGS = "flags";
    static final String SPLIT = "split";
    /** Whisker Studio's own: where the label came from ({@link LabelSourceField}'s text form). */
    static final String LABEL_SOURCE = "label_source";

    private static final List<String> KNOWN = List.of(FILE, "x1", "y1", "x2", "y2", LABEL, POLYGON, FLAGS, SPLIT,
            LABEL_SOURCE);
    private static final String EXAMPLE = "the first line must name the columns: file,label or file,x1,y1,x2,y2,label"
            + " (optionally also polygon, flags and split)";

    private final List<String> names;
    private final Map<String, Integer> index;

    private CsvColumns(List<String> names) {
        this.names = List.copyOf(names);
        this.index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
    }

    /** The columns a writer uses: the box columns only when needed, and each optional column only when needed. */
    static CsvColumns forWriting(boolean boxes, boolean polygons, boolean flags, boolean splits, boolean sources) {
        List<String> names = new ArrayList<>();
        names.add(FILE);
        if (boxes) {
            names.addAll(BOX);
        }
        names.add(LABEL);
        if (polygons) {
            names.add(POLYGON);
        }
        if (flags) {
            names.add(FLAGS);
        }
        if (splits) {
            names.add(SPLIT);
        }
        if (sources) {
            names.add(LABEL_SOURCE);
        }
        return new CsvColumns(names);
    }

    /** Reads the header row, refusing unknown, repeated or missing columns with the line they are on. */
    static CsvColumns parse(CsvText.Row header, Path file) throws FormatException {
        String place = "line " + header.line();
        if (header.fields().stream().noneMatch(raw -> KNOWN.contains(raw.trim().toLowerCase(Locale.ROOT)))) {
            throw new FormatException(file, place, "the file has no header line; " + EXAMPLE);
        }
        List<String> names = new ArrayList<>();
        for (String raw : header.fields()) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(name)) {
                String reason = raw.isBlank() ? "a column has no name" : "unknown column \"" + raw + "\"";
                throw new FormatException(file, place, reason + "; " + EXAMPLE);
            }
            if (names.contains(name)) {
                throw new FormatException(file, place, "the column \"" + name + "\" appears twice");
            }
            names.add(name);
        }
        if (!names.contains(FILE) || !names.contains(LABEL)) {
            throw new FormatException(file, place, "no header with file and label columns; " + EXAMPLE);
        }
        long boxColumns = BOX.stream().filter(names::contains).count();
        if (boxColumns != 0 && boxColumns != BOX.size()) {
            String missing = BOX.stream().filter(c -> !names.contains(c)).reduce((a, b) -> a + ", " + b).orElse("");
            throw new FormatException(file, place, "box columns need all of x1, y1, x2, y2; missing " + missing);
        }
        return new CsvColumns(names);
    }

    List<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    /** The row's value in {@code column}, "" when the file has no such column. */
    String get(CsvText.Row row, String column) {
        Integer at = index.get(column);
        return at == null ? "" : row.fields().get(at);
    }

    /** A row in column order from values by column name (columns without a value are left empty). */
    List<String> row(Map<String, String> values) {
        return names.stream().map(name -> values.getOrDefault(name, "")).toList();
    }
}
