package org.whiskerstudio.rl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tabular action values for small discrete worlds (noughts &amp; crosses): one row of values per observation seen,
 * unseen ones worth 0. Observations must be whole numbers (a board's -1, 0, 1); they key the rows.
 */
public final class QTable implements Policy {
    private final int actions;
    private final Map<String, double[]> rows = new TreeMap<>();

    public QTable(int actions) {
        this.actions = actions;
    }

    public int actions() {
        return actions;
    }

    public int states() {
        return rows.size();
    }

    @Override
    public double[] values(double[] observation) {
        double[] row = rows.get(key(observation));
        return row == null ? new double[actions] : row.clone();
    }

    /** Moves the value of {@code action} in {@code observation} a step {@code rate} towards {@code target}. */
    double update(double[] observation, int action, double target, double rate) {
        double[] row = rows.computeIfAbsent(key(observation), k -> new double[actions]);
        double error = target - row[action];
        row[action] += rate * error;
        return error;
    }

    static String key(double[] observation) {
        StringBuilder key = new StringBuilder(observation.length * 2);
        for (double v : observation) {
            key.append(Math.round(v)).append(',');
        }
        return key.toString();
    }

    /** One line per state: its key, a tab, the values separated by spaces. */
    public void write(Writer out) throws IOException {
        out.write(actions + "\n");
        for (Map.Entry<String, double[]> row : rows.entrySet()) {
            StringBuilder line = new StringBuilder(row.getKey()).append('\t');
            Arrays.stream(row.getValue()).forEach(v -> line.append(v).append(' '));
            out.write(line.toString().trim() + "\n");
        }
        out.flush();
    }

    /** @throws IOException when the text is not a table {@link #write} made */
    public static QTable read(Reader in) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        try {
            QTable table = new QTable(Integer.parseInt(lines.readLine().trim()));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.split("\t");
                double[] values = Arrays.stream(parts[1].split(" ")).mapToDouble(Double::parseDouble).toArray();
                if (values.length != table.actions) {
                    throw new IOException("A row of the Q-table has " + values.length + " values, not " + table.actions);
                }
                table.rows.put(parts[0], values);
            }
            return table;
        } catch (NullPointerException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IOException("Not a Q-table: " + e.getMessage(), e);
        }
    }
}
