package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.dl4j.TrainedProjects;

/** {@code whisker suggest} over a tiny project trained for real, with three unlabelled images added. */
@Tag("engine")
class SuggestCommandTest {
    @TempDir
    static Path temp;
    private static Path project;
    private static long runId;

    @BeforeAll
    static void train() {
        project = temp.resolve("p");
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            runId = TrainedProjects.darkAndLight(store, 5, "").id();
            DatasetFixture.unlabelledFile(store, DatasetFixture.png(8, 8, new Color(3, 3, 3)));
            DatasetFixture.unlabelledFile(store, DatasetFixture.png(8, 8, new Color(6, 6, 6)));
            DatasetFixture.unlabelledFile(store, DatasetFixture.png(8, 8, new Color(252, 252, 252)));
        }
        assertEquals(0, run("suggest", project.toString(), "--run", Long.toString(runId)).exit());
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = WhiskerCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void suggestingPrintsHowManyPerClassAndBelowTheMargin() {
        Result r = run("suggest", project.toString(), "--run", Long.toString(runId));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Run " + runId + " suggested labels for 3 unlabelled examples."), r.out());
        assertTrue(r.out().matches("(?s).*\\n  dark\\s+2\\n  light\\s+1\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*Below margin 0\\.2 \\(the model hesitates\\): \\d+\\n.*"), r.out());
    }

    @Test
    void listingByClassPutsTheProjectsFirstClassFirst() {
        Result r = run("suggest", project.toString(), "--list", "--order", "class");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = r.out().lines().skip(2).toList();
        assertEquals(3, rows.size(), r.out());
        assertTrue(rows.get(0).contains(" dark ") && rows.get(1).contains(" dark ") && rows.get(2).contains(" light "),
                r.out());
    }

    @Test
    void theLimitCutsTheUncertainFirstList() {
        Result r = run("suggest", project.toString(), "--list", "--limit", "1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("1 of 3 suggestions (run " + runId + "), uncertain first:"), r.out());
        assertEquals(3, r.out().lines().count(), r.out());
    }

    @Test
    void anUnknownOrderIsRefused() {
        Result r = run("suggest", project.toString(), "--list", "--order", "random");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--order must be uncertain, certain or class"), r.err());
    }

    @Test
    void suggestingAndListingAtOnceIsRefused() {
        Result r = run("suggest", project.toString(), "--list", "--run", Long.toString(runId));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("mutually exclusive"), r.err());
    }
}
