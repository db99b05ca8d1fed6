package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.dataset.SubsetStore;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;

/** A project trained for real, then its model read back as evaluation and prediction will read it. */
class TrainedModelTest {
    @TempDir
    Path temp;

    @Test
    void singleFilePredictionsAgreeWithTheTestScoreOfTheTrainingPipeline() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            for (int i = 0; i < 30; i++) {
                DatasetFixture.file(store, DatasetFixture.png(8, 8, new Color(20 + i, 10, 0)), "dark");
                DatasetFixture.file(store, DatasetFixture.png(8, 8, new Color(230 - i, 240, 250)), "light");
            }
            new ArchitectureStore(store).save(new Architecture("MLP",
                    Templates.mlp(new TensorShape.Image(8, 8, 1), 2), Optional.empty()));
            TrainingRun run = Dl4jTrainingService.forProject(store)
                    .start(new TrainingRequest("MLP", TrainingConfig.defaults().withEpochs(3), ""), TrainingListener.NONE)
                    .finished().toCompletableFuture().join();
            assertEquals(RunStatus.COMPLETED, run.status(), run.message());

            RunFolder folder = new RunStore(store).folder(run.id());
            assertTrue(Files.readString(folder.split()).startsWith("sha256,part,class\n"));
            TrainedModel model = TrainedModel.ofRun(store, run.id());
            assertEquals(List.of("dark", "light"), model.classes());

            Map<Long, org.whiskerstudio.dataset.SubsetStore.Assignment> parts = new SubsetStore(store).all();
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
