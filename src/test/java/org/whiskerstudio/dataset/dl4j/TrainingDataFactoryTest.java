package org.whiskerstudio.dataset.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.dataset.DataSet;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.TrainingConfig;

@Tag("engine")
class TrainingDataFactoryTest {
    @TempDir
    Path temp;

    @Test
    void aProjectBecomesBatchesWithItsWarningsAndUnreadableImagesLeftOut() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            DatasetFixture.darkAndLight(store, 10, 6);
            String broken = store.images(ImageQuery.ALL).get(0).storedPath();
            String brokenHash = store.images(ImageQuery.ALL).get(0).sha256();
            Files.write(store.layout().resolveStored(broken), new byte[] {1, 2, 3});
            TensorShape input = new TensorShape.Image(4, 4, 1);
            PreparedData prepared = TrainingDataFactory.prepare(store, input, TrainingConfig.defaults().batching(),
                    Progress.NONE, Cancellation.none());
            PreparedData.Ready ready = assertInstanceOf(PreparedData.Ready.class, prepared);
            assertEquals(1, ready.imageProblems().size());
            assertTrue(ready.imageProblems().get(0).source().endsWith(broken.substring(broken.lastIndexOf('/') + 1)));
            assertTrue(ready.warnings().stream().anyMatch(w -> w.contains("training images; aim for 50")));
            long readableTrain = ready.examples().part(Subset.TRAIN).stream()
                    .filter(e -> !e.sha256().equals(brokenHash)).count();
            assertEquals(readableTrain, ready.data().trainExamples(), "the unreadable image is left out");
            DataSet batch = ready.data().train(0).next();
            assertArrayEquals(new long[] {Math.min(64, ready.data().trainExamples()), 1, 4, 4}, batch.getFeatures().shape());
            PreparedData again = TrainingDataFactory.prepare(store, input, TrainingConfig.defaults().batching(),
                    Progress.NONE, Cancellation.none());
            assertEquals(0, ((PreparedData.Ready) again).cache().decoded(), "the second run decodes nothing");
        }
    }

    @Test
    void oneClassIsRefused() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            DatasetFixture.file(store, DatasetFixture.png(6, 6, Color.RED), "only");
            PreparedData prepared = TrainingDataFactory.prepare(store, new TensorShape.Image(4, 4, 1),
                    TrainingConfig.defaults().batching(), Progress.NONE, Cancellation.none());
            assertInstanceOf(PreparedData.Refused.class, prepared);
        }
    }
}
