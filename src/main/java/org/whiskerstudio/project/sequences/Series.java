package org.whiskerstudio.project.sequences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A numeric series: {@code steps} rows of {@code features} finite values, row-major. Stored as a canonical CSV
 * (a header of feature names, then one line per step, values in shortest round-trip form), so its bytes, and with
 * them its content hash, depend only on its contents.
 */
public record Series(List<String> features, float[] values) {
    public static final int MAX_FEATURES = 512;
    public static final int MAX_STEPS = 100_000;
    /** The largest stored file read back (a bigger one is refused before it is read). */
    public static final long MAX_BYTES = 64L << 20;

    public Series {
        features = List.copyOf(features);
        if (features.isEmpty() || features.size() > MAX_FEATURES) {
            throw new IllegalArgumentException("a series has 1 to " + MAX_FEATURES + " features, not " + features.size());
        }
        if (values.length % features.size() != 0) {
            throw new IllegalArgumentException(values.length + " values do not fill rows of " + features.size());
        }
        if (values.length / features.size() > MAX_STEPS) {
            throw new IllegalArgumentException("a series has at most " + MAX_STEPS + " steps");
        }
        for (String name : features) {
            if (name.isBlank() || name.contains(",") || name.contains("\n") || name.contains("\r") || name.contains("\"")) {
                throw new IllegalArgumentException("feature name '" + name + "' is empty or holds , \" or a line break");
            }
        }
        for (float v : values) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("a series holds only finite values");
            }
        }
        values = values.clone();
    }

    public int featureCount() {
        return features.size();
    }

    public int steps() {
        return values.length / features.size();
    }

    public float value(int step, int feature) {
        return values[step * features.size() + feature];
    }

    /** The values of one feature over all steps. */
    public float[] feature(int feature) {
        float[] out = new float[steps()];
        for (int t = 0; t < out.length; t++) {
            out[t] = value(t, feature);
        }
        return out;
    }

    @Override
    public float[] values() {
        return values.clone();
    }

    /** The canonical CSV, UTF-8, {@code \n} line ends. */
    public byte[] toCsv() {
        StringBuilder out = new StringBuilder(values.length * 6 + 64);
        out.append(String.join(",", features)).append('\n');
        int n = features.size();
        for (int i = 0; i < values.length; i++) {
            out.append(format(values[i])).append(i % n == n - 1 ? '\n' : ',');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String format(float v) {
        if (v == (long) v && Math.abs(v) < 1e15f) {
            return Long.toString((long) v);
        }
        return Float.toString(v);
    }

    /** Reads a stored series strictly: any line that is not a row of finite numbers is refused. */
    public static Series read(Path file) throws SequenceUnreadable {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SequenceUnreadable(file, "larger than " + (MAX_BYTES >> 20) + " MB");
            }
            return parse(file, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SequenceUnreadable(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Parses canonical CSV text; {@code file} only names the source in messages. */
    public static Series parse(Path file, String text) throws SequenceUnreadable {
        String[] lines = text.split("\r?\n");
        if (lines.length < 2 || lines[0].isBlank()) {
            throw new SequenceUnreadable(file, "needs a header line and at least one row");
        }
        List<String> names = Arrays.asList(lines[0].split(",", -1));
        int n = names.size();
        if (n > MAX_FEATURES) {
            throw new SequenceUnreadable(file, "line 1: " + n + " columns, at most " + MAX_FEATURES + " are allowed");
        }
        if (lines.length - 1 > MAX_STEPS) {
            throw new SequenceUnreadable(file, (lines.length - 1) + " rows, at most " + MAX_STEPS + " are allowed");
        }
        float[] values = new float[(lines.length - 1) * n];
        int k = 0;
        for (int line = 1; line < lines.length; line++) {
            String[] cells = lines[line].split(",", -1);
            if (cells.length != n) {
                throw new SequenceUnreadable(file, "line " + (line + 1) + ": " + cells.length + " values, the header has " + n);
            }
            for (int c = 0; c < n; c++) {
                try {
                    float v = Float.parseFloat(cells[c].trim());
                    if (!Float.isFinite(v)) {
                        throw new NumberFormatException();
                    }
                    values[k++] = v;
                } catch (NumberFormatException e) {
                    throw new SequenceUnreadable(file, "line " + (line + 1) + ", column " + names.get(c) + ": '"
                            + abbreviate(cells[c]) + "' is not a finite number");
                }
            }
        }
        try {
            return new Series(names, values);
        } catch (IllegalArgumentException e) {
            throw new SequenceUnreadable(file, e.getMessage());
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "...";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && features.equals(s.features) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * features.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Series[" + steps() + " steps x " + features + "]";
    }
}
