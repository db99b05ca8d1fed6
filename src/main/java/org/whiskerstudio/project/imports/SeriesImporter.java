package org.whiskerstudio.project.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.SequenceUnreadable;
import org.whiskerstudio.project.sequences.Series;

/**
 * Imports CSV time series: each file as one series (labelled by its class folder), or each file as one long
 * series cut into labelled windows ({@link SeriesOptions.Windows}). A bad file becomes a problem naming the file
 * and line, and the rest of the import goes on.
 */
public final class SeriesImporter {
    static final Set<String> EXTENSIONS = Set.of("csv", "tsv");
    private final ProjectStore store;

    public SeriesImporter(ProjectStore store) {
        this.store = store;
    }

    public ImportReport run(ImportRequest request, SeriesOptions options, Progress progress, Cancellation cancellation) {
        progress.update(0, -1, "Looking for CSV files...");
        ImportScanner.Scan scan = new ImportScanner(EXTENSIONS, "a CSV").scan(request, cancellation);
        SequenceSink sink = new SequenceSink(store, "series", progress, cancellation);
        sink.problems(scan.problems());
        List<ImportScanner.Candidate> files = scan.candidates();
        if (options.window().isEmpty()) {
            sink.expectMore(files.size());
        }
        boolean complete = true;
        for (ImportScanner.Candidate file : files) {
            if (sink.cancelled()) {
                complete = false;
                break;
            }
            try {
                CsvTable table = CsvTable.read(file.file(), CsvTable.MAX_BYTES);
                if (options.window().isEmpty()) {
                    addWhole(table, file.className(), options, sink);
                } else {
                    complete &= addWindows(table, options, options.window().get(), sink);
                }
            } catch (SequenceUnreadable e) {
                sink.problem(file.file(), reason(e, file.file()));
            }
        }
        return sink.finish(complete);
    }

    private static void addWhole(CsvTable table, Optional<String> className, SeriesOptions options, SequenceSink sink)
            throws SequenceUnreadable {
        SeriesColumns columns = SeriesColumns.of(table, options.features(), Set.of());
        sink.problems(columns.skipped());
        Series series = series(table.file(), columns.names(), columns.values());
        sink.add(example(series, table.file().getFileName().toString(), table.file().toString(),
                className.map(options::className)));
    }

    /** Cuts one table into windows; false when cancelled part-way. */
    private static boolean addWindows(CsvTable table, SeriesOptions options, SeriesOptions.Windows w, SequenceSink sink)
            throws SequenceUnreadable {
        Path file = table.file();
        int labelColumn = table.requireColumn(w.labelColumn(), "label");
        Optional<Integer> groupColumn = w.group().isPresent()
                ? Optional.of(table.requireColumn(w.group().get(), "group")) : Optional.empty();
        Set<Integer> excluded = new HashSet<>();
        excluded.add(labelColumn);
        groupColumn.ifPresent(excluded::add);
        for (String feature : options.features()) {
            int c = table.requireColumn(feature, "feature");
            if (excluded.contains(c)) {
                throw new SequenceUnreadable(file, "column \"" + feature + "\" is the label or group column, not a feature");
            }
        }
        SeriesColumns columns = SeriesColumns.of(table, options.features(), excluded);
        sink.problems(columns.skipped());
        Map<String, List<Integer>> groups = groups(table, groupColumn);
        int windows = 0;
        int longest = 0;
        for (List<Integer> rows : groups.values()) {
            windows += count(rows.size(), w);
            longest = Math.max(longest, rows.size());
        }
        if (windows == 0) {
            throw new SequenceUnreadable(file, "the window of " + w.length() + " rows is longer than the data ("
                    + longest + " rows" + (groupColumn.isPresent() ? " in the longest " + w.group().get() + " group" : "")
                    + ")");
        }
        sink.expectMore(windows);
        String stem = stem(file);
        int f = columns.names().size();
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            List<Integer> rows = group.getValue();
            if (rows.size() < w.length()) {
                sink.problem(file, w.group().orElse("group") + " " + group.getKey() + ": " + rows.size()
                        + " rows, fewer than the window of " + w.length() + "; no window taken from it");
                continue;
            }
            for (int start = 0; start + w.length() <= rows.size(); start += w.stride()) {
                if (sink.cancelled()) {
                    return false;
                }
                float[] values = new float[w.length() * f];
                List<String> labels = new ArrayList<>(w.length());
                for (int t = 0; t < w.length(); t++) {
                    int row = rows.get(start + t);
                    System.arraycopy(columns.values(), row * f, values, t * f, f);
                    labels.add(table.rows().get(row).fields().get(labelColumn).strip());
                }
                String name = stem + (groupColumn.isPresent() ? " " + w.group().get() + "=" + group.getKey() : "")
                        + " rows " + (table.rows().get(rows.get(start)).line()) + "-"
                        + table.rows().get(rows.get(start + w.length() - 1)).line();
                Optional<String> label = WindowLabel.of(labels, w.policy()).map(options::className);
                sink.add(example(series(file, columns.names(), values), name, file.toString(), label));
            }
        }
        return true;
    }

    private static int count(int rows, SeriesOptions.Windows w) {
        return rows < w.length() ? 0 : (rows - w.length()) / w.stride() + 1;
    }

    /** Row indices by group value, groups in order of first appearance, rows in file order. */
    private static Map<String, List<Integer>> groups(CsvTable table, Optional<Integer> groupColumn) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            int row = i;
            String key = groupColumn.map(c -> table.rows().get(row).fields().get(c).strip()).orElse("");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    private static Series series(Path file, List<String> names, float[] values) throws SequenceUnreadable {
        try {
            return new Series(names, values);
        } catch (IllegalArgumentException e) {
            throw new SequenceUnreadable(file, e.getMessage());
        }
    }

    private static SequenceSink.Example example(Series series, String name, String source, Optional<String> label) {
        return new SequenceSink.Example(series.toCsv(), MediaKind.SERIES_FORMAT, "csv", name, source,
                series.featureCount(), series.steps(), label, SequenceThumbnails.series(series));
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The exception's reason without the file name it starts with (a problem names the file separately). */
    static String reason(SequenceUnreadable e, Path file) {
        String prefix = file.getFileName() + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
