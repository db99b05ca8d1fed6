package org.whiskerstudio.project.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.whiskerstudio.common.Problem;
import org.whiskerstudio.project.sequences.SequenceUnreadable;

/**
 * The numeric feature columns of a table and their values: the columns asked for (a non-number in one refuses the
 * file, naming line and column), or by default every column whose cells are all finite numbers (the others are
 * left out and reported).
 *
 * @param names   feature names as a stored series can hold them
 * @param values  row-major, {@code rows x names.size()}
 * @param skipped columns left out of a default choice, each with its first non-number
 */
record SeriesColumns(List<String> names, float[] values, List<Problem> skipped) {
    SeriesColumns {
        names = List.copyOf(names);
        skipped = List.copyOf(skipped);
    }

    int rows() {
        return values.length / names.size();
    }

    static SeriesColumns of(CsvTable table, List<String> chosen, Set<Integer> excluded) throws SequenceUnreadable {
        table.requireRectangular();
        if (table.rows().isEmpty()) {
            throw new SequenceUnreadable(table.file(), "has a header but no rows");
        }
        List<Integer> columns = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        if (chosen.isEmpty()) {
            for (int c = 0; c < table.header().size(); c++) {
                if (excluded.contains(c)) {
                    continue;
                }
                String bad = firstNonNumber(table, c);
                if (bad.isEmpty()) {
                    columns.add(c);
                } else {
                    skipped.add(new Problem(table.file().toString(), "column \"" + table.header().get(c)
                            + "\" left out: " + bad));
                }
            }
            if (columns.isEmpty()) {
                throw new SequenceUnreadable(table.file(), "no column holds only numbers, so there is no feature to import");
            }
        } else {
            for (String name : chosen) {
                columns.add(table.requireColumn(name, "feature"));
            }
        }
        List<String> names = new ArrayList<>();
        for (int c : columns) {
            names.add(featureName(table.header().get(c), c));
        }
        if (names.size() != Set.copyOf(names).size()) {
            throw new SequenceUnreadable(table.file(), "line 1: a feature column is named twice");
        }
        float[] values = new float[table.rows().size() * columns.size()];
        int k = 0;
        for (CsvTable.Row row : table.rows()) {
            for (int c : columns) {
                String cell = row.fields().get(c);
                float v = number(cell);
                if (Float.isNaN(v)) {
                    throw new SequenceUnreadable(table.file(), "line " + row.line() + ", column " + table.header().get(c)
                            + ": '" + abbreviate(cell) + "' is not a number");
                }
                values[k++] = v;
            }
        }
        return new SeriesColumns(names, values, skipped);
    }

    /** "" when every cell of the column is a finite number, else where the first one that is not sits. */
    private static String firstNonNumber(CsvTable table, int column) {
        for (CsvTable.Row row : table.rows()) {
            String cell = row.fields().get(column);
            if (Float.isNaN(number(cell))) {
                return "line " + row.line() + " holds '" + abbreviate(cell) + "', not a number";
            }
        }
        return "";
    }

    /** The cell's value, or NaN when it is not a finite number (NaN and infinities included). */
    static float number(String cell) {
        String s = cell.strip();
        if (s.isEmpty() || !(Character.isDigit(s.charAt(s.length() - 1)) || s.endsWith("."))) {
            return Float.NaN; // refuses "NaN", "Infinity" and Java's "1f"/"1d" suffixes
        }
        try {
            float v = Float.parseFloat(s);
            return Float.isFinite(v) ? v : Float.NaN;
        } catch (NumberFormatException e) {
            return Float.NaN;
        }
    }

    /** A header cell as a stored series' feature name: no commas, quotes or line breaks, never blank. */
    private static String featureName(String header, int column) {
        String name = header.strip().replaceAll("[,\"\\r\\n]", "_");
        return name.isEmpty() ? "column " + (column + 1) : name;
    }

    static String abbreviate(String s) {
        return s.length() <= 24 ? s : s.substring(0, 24) + "...";
    }
}
