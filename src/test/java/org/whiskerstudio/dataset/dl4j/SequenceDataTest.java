package org.whiskerstudio.dataset.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.SequenceFixture;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.Series;
import org.whiskerstudio.training.TrainingConfig;

@Tag("engine")
class SequenceDataTest {
    @TempDir
    Path temp;

    private static PreparedData.Ready prepare(ProjectStore store, TensorShape input) {
        return assertInstanceOf(PreparedData.Ready.class, TrainingDataFactory.prepare(store, input,
                TrainingConfig.defaults().batching(), Progress.NONE, Cancellation.none()));
    }

    @Test
    void seriesAreNormalisedPerFeatureOnTheTrainingPartOnlyAndPaddingEntersAsZero() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            // Feature "a" is the example's index, "b" ten times it: each part has its own mean.
            for (int i = 0; i < 40; i++) {
                SequenceFixture.series(store, new Series(List.of("a", "b"), new float[] {i, 10 * i, i, 10 * i}),
                        i % 2 == 0 ? "even" : "odd");
            }
            PreparedData.Ready ready = prepare(store, new TensorShape.Sequence(3, 2));
            double trainMean = ready.examples().part(Subset.TRAIN).stream()
                    .mapToDouble(e -> indexOf(store, e.sha256())).average().orElseThrow();
            Normalisation n = ready.data().normalisation();
            assertEquals(trainMean, n.mean()[0], 1e-3);
            assertEquals(10 * trainMean, n.mean()[1], 1e-2);
            DataSet batch = ready.data().train(0).next();
            assertArrayEquals(new long[] {2, 3}, Arrays.copyOfRange(batch.getFeatures().shape(), 1, 3));
            // The first step of every example is padding: 0 after normalisation, whatever the mean.
            assertEquals(0.0, batch.getFeatures().get(NDArrayIndex.all(),
                    NDArrayIndex.all(), NDArrayIndex.point(0))
                    .sumNumber().doubleValue(), 1e-9);
            assertTrue(ready.warnings().stream().anyMatch(w -> w.contains("40 were shorter and were padded at the front")),
                    ready.warnings().toString());
        }
    }

    private static int indexOf(ProjectStore store, String sha256) {
        try {
            Path file = store.layout().storedImage(sha256, "csv");
            return (int) Series.read(file).value(0, 0);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSecondPreparationReusesTheCachedTensors() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            SequenceFixture.catsAndDogs(store, 10, 1);
            TensorShape chars = new TensorShape.Sequence(40, 64);
            assertEquals(20, prepare(store, chars).cache().decoded());
            PreparedData.Ready again = prepare(store, chars);
            assertEquals(0, again.cache().decoded());
            assertEquals(20, again.cache().reused());
            // Words are another encoding: their own cache, built once.
            assertEquals(20, prepare(store, new TensorShape.Sequence(10, 256)).cache().decoded());
            assertEquals(Normalisation.identity(64), again.data().normalisation());
        }
    }

    @Test
    void aSeriesProjectWithAnImageInputIsRefusedWithAReason() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            SequenceFixture.risingAndFalling(store, 5, 1);
            PreparedData.Refused refused = assertInstanceOf(PreparedData.Refused.class, TrainingDataFactory.prepare(store,
                    new TensorShape.Image(8, 8, 1), TrainingConfig.defaults().batching(), Progress.NONE,
                    Cancellation.none()));
            assertTrue(refused.errors().get(0).contains("needs a sequence input"), refused.errors().toString());
        }
    }
}
