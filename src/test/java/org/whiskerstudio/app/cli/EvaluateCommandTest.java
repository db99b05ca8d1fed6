package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.dl4j.Dl4jTrainingService;

/** {@code whisker evaluate} over a tiny project trained for real. */
class EvaluateCommandTest {
    @TempDir
    Path temp;

    @Test
    void evaluatePrintsAccuracyPerClassTableAndWritesTheReport() throws Exception {
        Path project = temp.resolve("p");
        long runId;
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            for (int i = 0; i < 30; i++) {
                DatasetFixture.file(store, DatasetFixture.png(8, 8, new Color(20 + i, 10, 0)), "dark");
                DatasetFixture.file(store, DatasetFixture.png(8, 8, new Color(230 - i, 240, 250)), "light");
            }
            new ArchitectureStore(store).save(new Architecture("MLP",
                    Templates.mlp(new TensorShape.Image(8, 8, 1), 2), Optional.empty()));
            runId = Dl4jTrainingService.forProject(store)
                    .start(new TrainingRequest("MLP", TrainingConfig.defaults().withEpochs(2), ""), TrainingListener.NONE)
                    .finished().toCompletableFuture().join().id();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = WhiskerCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "evaluate", project.toString(),
                "--run", Long.toString(runId), "--report", temp.resolve("report").toString());
        assertEquals(0, exit, err.toString());
        String text = out.toString();
        assertTrue(text.contains("Accuracy "), text);
        assertTrue(text.contains("Top-3 accuracy"), text);
        assertTrue(text.matches("(?s).*\\ndark\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}\\s+\\d+\\n.*"), text);
        assertTrue(text.contains("weighted avg"), text);
        assertTrue(Files.readString(temp.resolve("report/evaluation.html")).contains("<svg"));
        assertTrue(Files.readString(temp.resolve("report/evaluation.csv")).contains("\ntrue \\ predicted,dark,light\n"));
    }

    @Test
    void anUnknownRunIsAOneLineError() throws Exception {
        Path project = temp.resolve("q");
        ProjectStore.create(project, "q").close();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = WhiskerCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "evaluate", project.toString(),
                "--run", "7");
        assertEquals(1, exit);
        assertEquals("error: There is no run 7.", err.toString().trim());
    }
}
