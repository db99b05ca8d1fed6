package org.whiskerstudio.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.training.AnomalyScore;
import org.whiskerstudio.training.RunFolder;

/**
 * A run's evaluation on its project's test part, kept as {@code runs/<id>/evaluation-test.json} (an autoencoder's
 * anomaly scores as {@code anomaly-test.json}), written atomically, so that opening the Evaluate screen again is
 * instant.
 */
public final class SavedEvaluations {
    private SavedEvaluations() {
    }

    public static Path testFile(RunFolder folder) {
        return folder.root().resolve("evaluation-test.json");
    }

    public static void writeTest(RunFolder folder, Evaluation evaluation) throws IOException {
        byte[] json = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(evaluation);
        AtomicFiles.write(testFile(folder), json);
    }

    /** Empty when the run was never evaluated; a damaged file is an error naming it. */
    public static Optional<Evaluation> readTest(RunFolder folder) throws IOException {
        return read(testFile(folder), Evaluation.class);
    }

    public static Path anomalyFile(RunFolder folder) {
        return folder.root().resolve("anomaly-test.json");
    }

    /** An autoencoder run's scores of the test part (and its default threshold). */
    public static void writeAnomalies(RunFolder folder, AnomalyEvaluation evaluation) throws IOException {
        byte[] json = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(evaluation);
        AtomicFiles.write(anomalyFile(folder), json);
    }

    /**
     * Empty when the run's anomalies were never scored here, or were scored by a score runs no longer answer (a
     * reconstruction error, saved before the code distance): they are scored again rather than mixed. A damaged file
     * is an error naming it.
     */
    public static Optional<AnomalyEvaluation> readAnomalies(RunFolder folder) throws IOException {
        return read(anomalyFile(folder), AnomalyEvaluation.class)
                .filter(e -> e.score() == AnomalyScore.CODE_DISTANCE);
    }

    private static <T> Optional<T> read(Path file, Class<T> type) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(file.toFile(), type));
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is damaged (evaluate the run again): " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is damaged (evaluate the run again): " + e.getMessage(), e);
        }
    }
}
