package org.whiskerstudio.deploy.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.deploy.BundleRefused;
import org.whiskerstudio.deploy.DeployOffer;
import org.whiskerstudio.deploy.DeployableModel;
import org.whiskerstudio.deploy.LoadedModel;
import org.whiskerstudio.project.ProjectStore;

/** Re-import: a bundle is checked, then kept verbatim in the project's models/ folder, and predicts from there. */
@Tag("engine")
class Dl4jDeployServiceTest {
    private final TinyModel.Trained tiny = TinyModel.get();

    @TempDir
    Path temp;

    @Test
    void anImportedBundleIsCopiedIntoModelsAndListedAfterTheRuns() throws Exception {
        try (ProjectStore other = ProjectStore.create(temp.resolve("other"), "other")) {
            Dl4jDeployService service = new Dl4jDeployService(other);

            DeployableModel imported = service.importBundle(tiny.bundle());

            assertEquals(service.modelsFolder().resolve("tiny.whisker-model.zip"), imported.bundle().orElseThrow());
            assertEquals(List.of(imported), service.models());
            LoadedModel loaded = service.load(imported);
            assertEquals("dark", loaded.predict(tiny.images().get(0), 1).top().get(0).name());
        }
    }

    @Test
    void importingTwiceKeepsBothUnderDistinctNames() throws Exception {
        try (ProjectStore other = ProjectStore.create(temp.resolve("twice"), "twice")) {
            Dl4jDeployService service = new Dl4jDeployService(other);

            service.importBundle(tiny.bundle());
            DeployableModel second = service.importBundle(tiny.bundle());

            assertEquals("tiny-2.whisker-model.zip", second.bundle().orElseThrow().getFileName().toString());
        }
    }

    @Test
    void aRefusedBundleIsNotCopied() throws Exception {
        Path fake = Files.writeString(temp.resolve("fake.whisker-model.zip"), "not a zip");
        try (ProjectStore other = ProjectStore.create(temp.resolve("refuse"), "refuse")) {
            Dl4jDeployService service = new Dl4jDeployService(other);

            assertThrows(BundleRefused.class, () -> service.importBundle(fake));

            assertFalse(Files.exists(service.modelsFolder().resolve("fake.whisker-model.zip")));
            assertEquals(List.of(), service.models());
        }
    }

    @Test
    void theTrainedProjectListsItsRun() {
        try (ProjectStore store = tiny.open()) {
            List<DeployableModel> models = new Dl4jDeployService(store).models();

            assertTrue(models.get(0).label().startsWith("tiny run (run " + tiny.runId()), models.get(0).label());
        }
    }

    @Test
    void aGanRunIsListedByItsGeneratorWithTheGanOffer() {
        TinyGan.Trained gan = TinyGan.get();
        try (ProjectStore store = gan.open()) {
            List<DeployableModel> models = new Dl4jDeployService(store).models();

            assertEquals(1, models.size());
            DeployableModel generator = models.get(0);
            assertEquals(Optional.of(gan.runId()), generator.runId());
            assertEquals(ModelKind.GAN, generator.kind());
            assertEquals(new DeployOffer(false, false, true), generator.offer());
            assertTrue(generator.label().endsWith("(run " + gan.runId() + ", GAN generator)"), generator.label());
            assertTrue(generator.note().contains("is a GAN"), generator.note());
        }
    }
}
