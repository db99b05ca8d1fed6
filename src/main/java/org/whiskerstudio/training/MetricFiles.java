package org.whiskerstudio.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.whiskerstudio.common.AtomicFiles;

/** Reads the metric files {@link MetricLog} writes, for the history and the curves of past runs. */
public final class MetricFiles {
    private MetricFiles() {
    }

    /** Every finished epoch, in order; empty when the run has none. */
    public static List<EpochMetric> epochs(RunFolder folder) throws IOException {
        List<EpochMetric> out = new ArrayList<>();
        for (String[] f : rows(folder.epochs(), 8)) {
            out.add(new EpochMetric(Integer.parseInt(f[0]), Long.parseLong(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    Double.parseDouble(f[6]), Long.parseLong(f[7])));
        }
        return out;
    }

    /**
     * The run's steps, at most {@code maxPoints} of them: above that, the steps are cut into buckets and each bucket
     * keeps its lowest and its highest loss (in step order), so a spike stays visible however long the run.
     */
    public static List<IterationMetric> iterations(RunFolder folder, int maxPoints) throws IOException {
        List<IterationMetric> all = new ArrayList<>();
        for (String[] f : rows(folder.iterations(), 4)) {
            all.add(new IterationMetric(Integer.parseInt(f[0]), Long.parseLong(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3])));
        }
        return decimate(all, maxPoints);
    }

    /**
     * A GAN run's steps (both losses), at most {@code maxPoints} of them, evenly thinned; the last step is always kept
     * so the chart ends where the run did.
     */
    public static List<GanStep> ganSteps(RunFolder folder, int maxPoints) throws IOException {
        List<String[]> rows = rows(folder.iterations(), 4);
        int stride = Math.max(1, (rows.size() + maxPoints - 1) / Math.max(1, maxPoints));
        List<GanStep> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i % stride == 0 || i == rows.size() - 1) {
                out.add(ganStep(rows.get(i)));
            }
        }
        return out;
    }

    /** A GAN run's last recorded step, for the history; empty before its first step. */
    public static Optional<GanStep> lastGanStep(RunFolder folder) throws IOException {
        List<String[]> rows = rows(folder.iterations(), 4);
        return rows.isEmpty() ? Optional.empty() : Optional.of(ganStep(rows.get(rows.size() - 1)));
    }

    private static GanStep ganStep(String[] f) {
        return new GanStep(Integer.parseInt(f[0]), Long.parseLong(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
    }

    static List<IterationMetric> decimate(List<IterationMetric> all, int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("at least 2 points are needed to keep a bucket's min and max");
        }
        if (all.size() <= maxPoints) {
            return all;
        }
        int buckets = maxPoints / 2;
        List<IterationMetric> out = new ArrayList<>(maxPoints);
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) all.size() * b / buckets);
            int to = (int) ((long) all.size() * (b + 1) / buckets);
            int min = from;
            int max = from;
            for (int i = from; i < to; i++) {
                // NaN compares false both ways: a NaN step never hides a finite extreme.
                if (all.get(i).loss() < all.get(min).loss()) {
                    min = i;
                }
                if (all.get(i).loss() > all.get(max).loss()) {
                    max = i;
                }
            }
            out.add(all.get(Math.min(min, max)));
            if (min != max) {
                out.add(all.get(Math.max(min, max)));
            }
        }
        return out;
    }

    /**
     * Drops the lines written after the checkpoint a run resumes from (steps of an unfinished epoch, an epoch whose
     * checkpoint was never written), so the resumed run appends to a history that matches its model.
     */
    public static void truncateAfter(RunFolder folder, CheckpointState state) throws IOException {
        keep(folder.epochs(), f -> Integer.parseInt(f[0]) <= state.epoch());
        keep(folder.iterations(), f -> Long.parseLong(f[1]) <= state.iteration());
    }

    private static void keep(Path file, Predicate<String[]> wanted) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 || parses(lines.get(i), wanted)) {
                text.append(lines.get(i)).append('\n');
            }
        }
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean parses(String line, Predicate<String[]> wanted) {
        try {
            return wanted.test(line.split(",", -1));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // A line cut short by a killed process.
            return false;
        }
    }

    /** Data rows (header skipped); a last line cut short by a killed process is skipped too. */
    private static List<String[]> rows(Path file, int columns) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             Stream<String> lines = in.lines()) {
            lines.skip(1).map(line -> line.split(",", -1)).filter(f -> f.length == columns && complete(f))
                    .forEach(out::add);
        }
        return out;
    }

    private static boolean complete(String[] fields) {
        try {
            for (String field : fields) {
                Double.parseDouble(field);
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
