package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.LabelSources;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.dl4j.TrainedProjects;

/** {@code whisker evaluate} over a tiny project trained for real. */
@Tag("engine")
class EvaluateCommandTest {
    @TempDir
    Path temp;

    @Test
    void evaluatePrintsAccuracyPerClassTableAndWritesTheReport() throws Exception {
        Path project = temp.resolve("p");
        long runId;
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            runId = TrainedProjects.darkAndLight(store, 2, "").id();
            // Every label accepted from this run's suggestions: the test part flatters it.
            LabelSources sources = new LabelSources(store);
            sources.mark(sources.all().keySet(), new LabelSource.Suggested(runId, 0.9));
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
        assertTrue(text.matches("(?s).*\\nWarning: (\\d+) of \\1 test labels were accepted suggestions \\(run " + runId
                + "\\): these flatter the model\\.\\n.*"), text);
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
