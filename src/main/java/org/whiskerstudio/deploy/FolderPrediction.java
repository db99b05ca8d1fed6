package org.whiskerstudio.deploy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.ImageUnreadable;

/**
 * Predicts a list of image files into a CSV ({@link PredictionFormats}'s columns), with progress and cancellation.
 * The CSV is written atomically: a cancelled or failed run leaves no half file. Unreadable images get an ERROR row.
 */
public final class FolderPrediction {
    /** Predicts one file. */
    @FunctionalInterface
    public interface FilePredictor {
        Prediction predict(Path file, int k) throws ImageUnreadable;

        /** Whether its answers are anomaly scores and verdicts (the CSV's columns then differ). */
        default boolean scoresAnomalies() {
            return false;
        }

        /** Whether its answers are a detector's boxes (one CSV row per box). */
        default boolean findsBoxes() {
            return false;
        }

        /** The CSV columns its answers fill. */
        default PredictionFormats.Columns columns() {
            return findsBoxes() ? PredictionFormats.Columns.BOXES
                    : scoresAnomalies() ? PredictionFormats.Columns.ANOMALY : PredictionFormats.Columns.CLASSES;
        }
    }

    /** What happened: rows written, how many failed, whether it was cancelled (then nothing was written). */
    public record Outcome(int predicted, int failed, boolean cancelled) {
    }

    private FolderPrediction() {
    }

    public static Outcome toCsv(List<Path> files, FilePredictor predictor, int k, Path csv, Progress progress,
                                Cancellation cancellation) throws IOException {
        int[] counts = new int[2];
        try {
            AtomicFiles.write(csv, out -> {
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                w.write(PredictionFormats.csvHeader(k, predictor.columns()));
                w.write('\n');
                for (int i = 0; i < files.size(); i++) {
                    if (cancellation.isCancelled()) {
                        throw new CancelledWrite();
                    }
                    Path f = files.get(i);
                    String row;
                    try {
                        row = PredictionFormats.csvRow(predictor.predict(f, k), k);
                        counts[0]++;
                    } catch (ImageUnreadable e) {
                        row = PredictionFormats.csvFailure(f.getFileName().toString(), e.getMessage(), k,
                                predictor.columns());
                        counts[1]++;
                    }
                    // An image in which a detector found no box has no row.
                    if (!row.isEmpty()) {
                        w.write(row);
                        w.write('\n');
                    }
                    progress.update(i + 1, files.size(), f.getFileName().toString());
                }
                w.flush();
            });
        } catch (CancelledWrite e) {
            return new Outcome(counts[0], counts[1], true);
        }
        return new Outcome(counts[0], counts[1], false);
    }

    /** Unwinds the atomic write so the temporary file is removed and nothing replaces the target. */
    private static final class CancelledWrite extends IOException {
        CancelledWrite() {
            super("cancelled");
        }
    }
}
