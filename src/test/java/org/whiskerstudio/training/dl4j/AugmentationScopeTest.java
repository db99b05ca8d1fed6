package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.dataset.DataProfiler;
import org.whiskerstudio.dataset.SequenceFixture;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.project.ProjectStore;

/** The Train screen offers augmentation only where it changes pictures a classifier learns from. */
@Tag("engine")
class AugmentationScopeTest {
    @TempDir
    Path dir;

    private static String saved(ProjectStore store, String template) {
        Architecture a = DataProfiler.templates(store).byId(template).orElseThrow().build().get();
        new ArchitectureStore(store).save(a);
        return a.name();
    }

    @Test
    void anImageClassifierAugmentsAndAGanDoesNot() {
        try (ProjectStore store = LabellingFixture.projectWithImages(dir.resolve("images"), 3)) {
            Dl4jTrainingService service = Dl4jTrainingService.forProject(store);

            assertTrue(service.augments(saved(store, "lenet")));
            assertFalse(service.augments(saved(store, "dcgan")));
        }
    }

    @Test
    void sequenceClassifiersAndCharacterModelsDoNot() {
        try (ProjectStore series = ProjectStore.create(dir.resolve("series"), "s");
             ProjectStore texts = ProjectStore.create(dir.resolve("texts"), "t")) {
            SequenceFixture.risingAndFalling(series, 4, 1);
            SequenceFixture.catsAndDogs(texts, 4, 1);

            assertFalse(Dl4jTrainingService.forProject(series).augments(saved(series, "lstm")));
            Dl4jTrainingService onTexts = Dl4jTrainingService.forProject(texts);
            assertFalse(onTexts.augments(saved(texts, "lstm")));
            assertFalse(onTexts.augments(saved(texts, "charlstm")));
        }
    }
}
