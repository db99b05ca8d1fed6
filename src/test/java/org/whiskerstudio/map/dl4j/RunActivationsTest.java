package org.whiskerstudio.map.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.map.EmbeddingSource;
import org.whiskerstudio.map.Embeddings;
import org.whiskerstudio.map.MapMetrics;
import org.whiskerstudio.map.MapService;
import org.whiskerstudio.map.ProjectMap;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.dl4j.TrainedProjects;

/** A trained run's embeddings: its hidden layer's activations for every example, and the map they give. */
@Tag("engine")
class RunActivationsTest {
    @TempDir
    Path temp;

    @Test
    void everyExampleGetsTheActivationsOfTheLayerBeforeTheOutput() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            TrainingRun run = TrainedProjects.darkAndLight(store, 3, "");
            Embeddings embeddings = new RunActivations(run.id()).embed(store, store.images(ImageQuery.ALL),
                    Progress.NONE, new Cancellation()).orElseThrow();
            assertEquals(60, embeddings.size());
            assertEquals(64, embeddings.vectors()[0].length, "the MLP's second hidden layer");
            Set<Long> ids = new HashSet<>();
            for (long id : embeddings.imageIds()) {
                ids.add(id);
            }
            assertEquals(60, ids.size());
            assertEquals(List.of(), embeddings.notes());

            ProjectMap map = new MapService(RunActivations::new).map(store, new EmbeddingSource.Run(run.id()),
                    Progress.NONE, new Cancellation()).orElseThrow();
            var labels = CurrentLabels.of(store);
            int[] truth = new int[map.size()];
            for (int i = 0; i < map.size(); i++) {
                truth[i] = labels.get(map.imageIds()[i]).equals("dark") ? 0 : 1;
            }
            assertTrue(MapMetrics.oneNearestNeighbour(map.xs(), map.ys(), truth) > 0.95,
                    "dark and light apart on the run's map");
        }
    }
}
