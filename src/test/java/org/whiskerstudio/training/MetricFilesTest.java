package org.whiskerstudio.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricFilesTest {
    @TempDir
    Path dir;

    private static EpochMetric epoch(int n) {
        return new EpochMetric(n, n * 10L, 0.5 / n, 0.8, Double.NaN, Double.NaN, 1e-3, 100);
    }

    @Test
    void epochsRoundTripIncludingNaNForNoValidation() throws IOException {
        RunFolder folder = new RunFolder(dir);
        try (MetricLog log = new MetricLog(folder)) {
            log.append(epoch(1));
            log.append(epoch(2));
        }

        assertEquals(List.of(epoch(1), epoch(2)), MetricFiles.epochs(folder));
    }

    @Test
    void decimationKeepsASpike() {
        List<IterationMetric> steps = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            steps.add(new IterationMetric(1, i, i == 5_003 ? 50.0 : 1.0, 100));
        }

        List<IterationMetric> kept = MetricFiles.decimate(steps, 200);

        assertTrue(kept.size() <= 200, kept.size() + " points");
        assertTrue(kept.stream().anyMatch(m -> m.loss() == 50.0), "the spike is kept");
    }

    @Test
    void truncateDropsLinesPastTheCheckpointAndACutShortLine() throws IOException {
        RunFolder folder = new RunFolder(dir);
        try (MetricLog log = new MetricLog(folder)) {
            for (int i = 1; i <= 25; i++) {
                log.append(new IterationMetric(i <= 10 ? 1 : i <= 20 ? 2 : 3, i, 1.0 / i, 100));
                if (i % 10 == 0) {
                    log.append(epoch(i / 10));
                }
            }
        }
        Files.writeString(folder.iterations(), "3,26,0.0", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        MetricFiles.truncateAfter(folder, new CheckpointState(1, 10, 1, 0.1, Double.NaN, 0, 0));

        assertEquals(List.of(epoch(1)), MetricFiles.epochs(folder));
        assertEquals(10, MetricFiles.iterations(folder, 1000).size());
    }
}
