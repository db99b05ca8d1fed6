package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.dataset.SubsetStore;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRun;

/** A project trained for real, then its model read back as evaluation and prediction will read it. */
@Tag("engine")
class TrainedModelTest {
    @TempDir
    Path temp;

    @Test
    void singleFilePredictionsAgreeWithTheTestScoreOfTheTrainingPipeline() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            TrainingRun run = TrainedProjects.darkAndLight(store, 3, "");

            RunFolder folder = new RunStore(store).folder(run.id());
            assertTrue(Files.readString(folder.split()).startsWith("sha256,part,class\n"));
            TrainedModel model = TrainedModel.ofRun(store, run.id());
            assertEquals(List.of("dark", "light"), model.classes());

            Map<Long, SubsetStore.Assignment> parts = new SubsetStore(store).all();
            List<Path> testFiles = new ArrayList<>();
            List<String> truth = new ArrayList<>();
            for (ImageAsset a : store.images(ImageQuery.ALL)) {
                if (parts.get(a.id()).subset() == Subset.TEST) {
                    testFiles.add(store.layout().resolveStored(a.storedPath()));
                    truth.add(store.labelClasses().stream().filter(c -> a.classIds().contains(c.id())).findFirst()
                            .orElseThrow().name());
                }
            }
            float[][] probabilities = model.predictFiles(testFiles);
            int right = 0;
            for (int i = 0; i < probabilities.length; i++) {
                int best = probabilities[i][0] >= probabilities[i][1] ? 0 : 1;
                assertEquals(1.0, probabilities[i][0] + probabilities[i][1], 1e-4, "softmax rows sum to one");
                right += model.classes().get(best).equals(truth.get(i)) ? 1 : 0;
            }
            double fileAccuracy = (double) right / probabilities.length;
            RunTesting.TestScore score = RunTesting.bestOnTest(store, run.id()).orElseThrow();
            assertEquals(testFiles.size(), score.examples());
            assertEquals(score.accuracy(), fileAccuracy, 1e-9, "one preprocessing for batches and single files");
        }
    }
}
