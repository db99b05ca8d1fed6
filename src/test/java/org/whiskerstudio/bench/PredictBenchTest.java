package org.whiskerstudio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.app.cli.WhiskerCli;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.DataProfiler;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.dataset.SequenceFixture;
import org.whiskerstudio.deploy.dl4j.Bundles;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.Schedule;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.dl4j.Dl4jTrainingService;

/** {@code whisker bench predict} times a sequence bundle on the files of the kind it reads. */
@Tag("engine")
class PredictBenchTest {
    @TempDir
    Path temp;

    private static final TrainingConfig SHORT = new TrainingConfig(1, 8, Optimizer.ADAM, 0.01, Schedule.CONSTANT, 0,
            42, 1, 1, ResizeMode.STRETCH, Augmentation.none());

    private Path bundle(ProjectStore store, String name) throws Exception {
        Architecture lstm = DataProfiler.templates(store).byId("lstm").orElseThrow().build().get();
        new ArchitectureStore(store).save(lstm);
        TrainingRun run = Dl4jTrainingService.forProject(store)
                .start(new TrainingRequest(lstm.name(), SHORT, name), TrainingListener.NONE)
                .finished().toCompletableFuture().join();
        assertEquals(RunStatus.COMPLETED, run.status(), run.message());
        Path bundle = temp.resolve(name + ".whisker-model.zip");
        Bundles.export(store, run.id(), bundle, Progress.NONE);
        return bundle;
    }

    private int bench(StringWriter out, StringWriter err, Path bundle, Path dir) {
        return WhiskerCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "predict",
                bundle.toString(), dir.toString(), "--repeat", "20");
    }

    @Test
    void aSeriesBundleIsTimedOnTheCsvFilesOfTheFolder() throws Exception {
        Path bundle;
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            SequenceFixture.risingAndFalling(store, 10, 7);
            bundle = bundle(store, "ramps");
        }
        Path dir = Files.createDirectories(temp.resolve("series"));
        Random random = new Random(1);
        for (int i = 0; i < 3; i++) {
            Files.write(dir.resolve("s" + i + ".csv"), SequenceFixture.ramp(i % 2 == 0, 15, random).toCsv());
        }
        Files.writeString(dir.resolve("notes.txt"), "not a series, not read");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, bench(out, err, bundle, dir), out + err.toString());
        String text = out.toString();
        assertTrue(text.contains("series, 2 classes), 3 series (.csv) from"), text);
        assertTrue(text.matches("(?s).*single example, read\\+preprocess\\+fwd   median \\d+\\.\\d\\d ms.*"), text);
        assertTrue(text.matches("(?s).*batch of 64, forward pass\\s+[\\d,]+ examples/s.*"), text);
    }

    @Test
    void aTextBundleIsTimedOnTxtFilesAndAFolderWithoutThemIsAClearError() throws Exception {
        Path bundle;
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            SequenceFixture.catsAndDogs(store, 10, 5);
            bundle = bundle(store, "pets");
        }
        Path dir = Files.createDirectories(temp.resolve("texts"));
        Files.writeString(dir.resolve("a.txt"), "purr purr, the cat naps", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "woof, fetch the ball", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, bench(out, err, bundle, dir), out + err.toString());
        assertTrue(out.toString().contains("characters, 2 classes), 2 texts (.txt) from"), out.toString());

        Path empty = Files.createDirectories(temp.resolve("no-texts"));
        Files.writeString(empty.resolve("x.csv"), "a\n1\n");
        StringWriter out2 = new StringWriter();
        StringWriter err2 = new StringWriter();
        assertEquals(1, bench(out2, err2, bundle, empty));
        assertEquals("error: no texts (.txt) in " + empty, err2.toString().trim());
    }
}
