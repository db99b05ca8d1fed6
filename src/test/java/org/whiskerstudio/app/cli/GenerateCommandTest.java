package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.GanSettings;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.Schedule;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.dl4j.Dl4jTrainingService;

/** {@code whisker generate} with a real (tiny) GAN run of a project. */
@Tag("engine")
class GenerateCommandTest {
    @TempDir
    static Path shared;
    private static Path project;
    private static long runId;

    @BeforeAll
    static void trainATinyGan() throws Exception {
        project = shared.resolve("project");
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            DatasetFixture.darkAndLight(store, 12, 8);
            new ArchitectureStore(store).save(Templates.dcgan(new TensorShape.Image(8, 8, 1), 16).withName("DCGAN"));
            TrainingConfig config = TrainingConfig.defaults().withEpochs(1);
            config = new TrainingConfig(1, 8, Optimizer.ADAM, 2e-4, Schedule.CONSTANT, 0, 3, 0, 0, config.resize(),
                    config.augmentation());
            TrainingRun run = Dl4jTrainingService.forProject(store)
                    .start(new TrainingRequest("DCGAN", config, "", GanSettings.ofClass("light")), TrainingListener.NONE)
                    .finished().toCompletableFuture().get(120, TimeUnit.SECONDS);
            assertEquals(RunStatus.COMPLETED, run.status(), run.message());
            runId = run.id();
        }
    }

    @Test
    void pngFilesGoToTheFolderAndTheSameSeedMakesTheSameImages() throws Exception {
        Path a = shared.resolve("a");
        Path b = shared.resolve("b");
        PredictCommandTest.Run r = PredictCommandTest.run("generate", project.toString(), "--run", Long.toString(runId),
                "--count", "5", "--seed", "9", "--out", a.toString());
        PredictCommandTest.run("generate", project.toString(), "--run", Long.toString(runId), "--count", "5", "--seed",
                "9", "--out", b.toString());
        PredictCommandTest.Run other = PredictCommandTest.run("generate", project.toString(), "--run",
                Long.toString(runId), "--count", "1", "--seed", "10", "--out", shared.resolve("c").toString());

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Made 5 images of 8x8"), r.out());
        List<Path> files;
        try (Stream<Path> s = Files.list(a)) {
            files = s.sorted().toList();
        }
        assertEquals(5, files.size());
        BufferedImage first = ImageIO.read(files.get(0).toFile());
        assertEquals(8, first.getWidth());
        assertTrue(Files.isRegularFile(b.resolve(files.get(0).getFileName())));
        assertEquals(-1, Files.mismatch(files.get(0), b.resolve(files.get(0).getFileName())), "same seed, same image");
        assertEquals(0, other.exit(), other.err());
        assertNotEquals(-1, Files.mismatch(files.get(0), shared.resolve("c").resolve("run" + runId + "-seed10-0001.png")));
    }

    @Test
    void addPutsSyntheticImagesOfTheLearnedClassIntoTheProject() throws Exception {
        PredictCommandTest.Run r = PredictCommandTest.run("generate", project.toString(), "--run", Long.toString(runId),
                "--count", "4", "--seed", "2", "--add");

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Added 4 synthetic images of light"), r.out());
        try (ProjectStore store = ProjectStore.open(project)) {
            Map<Long, String> generated = store.generatedImages();
            assertEquals(4, generated.size());
            long light = store.labelClasses().stream().filter(c -> c.name().equals("light")).findFirst()
                    .map(LabelClass::id).orElseThrow();
            for (ImageAsset image : store.images(ImageQuery.ALL)) {
                if (generated.containsKey(image.id())) {
                    assertEquals(Long.toString(runId), generated.get(image.id()));
                    assertEquals(List.of(light), image.classIds());
                }
            }
        }
    }

    @Test
    void badRequestsSayWhatIsWrong() {
        PredictCommandTest.Run tooMany = PredictCommandTest.run("generate", project.toString(), "--run",
                Long.toString(runId), "--count", "5000", "--out", shared.resolve("x").toString());
        PredictCommandTest.Run nowhere = PredictCommandTest.run("generate", project.toString(), "--run",
                Long.toString(runId), "--count", "5");
        PredictCommandTest.Run noRun = PredictCommandTest.run("generate", project.toString(), "--run", "999", "--count",
                "5", "--add");

        assertEquals(1, tooMany.exit());
        assertTrue(tooMany.err().contains("1 to 1000 images"), tooMany.err());
        assertTrue(nowhere.err().contains("--out DIR, --add"), nowhere.err());
        assertTrue(noRun.err().contains("There is no run 999"), noRun.err());
    }
}
