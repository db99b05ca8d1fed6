package org.whiskerstudio.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.AutoencoderTemplates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.AnomalyThreshold;
import org.whiskerstudio.training.NormalClass;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingRun;

/** Anomaly scores for the map: scored once per run and examples, then read from the cache; the run's threshold. */
class MapAnomaliesTest {
    @TempDir
    Path temp;
    private ProjectStore store;
    private Set<Long> bags;
    private TrainingRun run;
    private int scorings;

    /** Shirts score 0.5, bags 2.0: a scorer that counts how often it is asked. */
    private final Embedder scorer = (s, examples, progress, cancellation) -> {
        scorings++;
        long[] ids = examples.stream().mapToLong(e -> e.id()).toArray();
        float[][] rows = new float[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            rows[i] = new float[] {bags.contains(ids[i]) ? 2f : 0.5f};
        }
        return Optional.of(new Embeddings(ids, rows, List.of()));
    };

    @BeforeEach
    void project() throws IOException {
        store = ProjectStore.create(temp.resolve("p"), "p");
        DatasetFixture.rows(store, "s", 40, "Shirt");
        bags = Set.copyOf(DatasetFixture.rows(store, "b", 10, "Bag"));
        RunStore runs = new RunStore(store);
        run = runs.create("AE #1", new Architecture("AE", AutoencoderTemplates.dense(new TensorShape.Vector(4)),
                Optional.empty()), TrainingConfig.defaults(), Provenance.here("test", "cpu", ""));
        runs.folder(run.id()).writeNormalClass(new NormalClass("Shirt"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private RunScores score() throws IOException {
        return new MapAnomalies(id -> scorer).score(store, run.id(), Progress.NONE, new Cancellation()).orElseThrow();
    }

    @Test
    void scoresAreComputedOncePerRunAndReadFromTheCacheAfterwards() throws IOException {
        RunScores first = score();
        RunScores again = score();

        assertEquals(1, scorings, "the second colouring reads the cached scores");
        assertEquals(50, again.scores().size());
        assertArrayEquals(first.scores().alignedTo(first.scores().imageIds()),
                again.scores().alignedTo(first.scores().imageIds()));

        DatasetFixture.rows(store, "n", 1, "Shirt");
        assertEquals(51, score().scores().size());
        assertEquals(2, scorings, "a new example makes the cached scores stale");
    }

    @Test
    void theThresholdIsTheRunsDefaultOverItsNormalValidationExamplesElseTheMovedOne() throws IOException {
        // Only the shirts are normal: their 99th percentile is 0.5, whatever the bags score.
        AnomalyThreshold computed = score().threshold();
        assertEquals(0.5, computed.value(), 1e-6);
        assertEquals(true, computed.source().startsWith("99th percentile of"), computed.source());

        new RunStore(store).folder(run.id()).writeAnomalyThreshold(new AnomalyThreshold(1.25, "set by hand"));
        assertEquals(new AnomalyThreshold(1.25, "set by hand"), score().threshold());
        assertEquals(1, scorings, "a moved threshold needs no scoring again");
    }
}
