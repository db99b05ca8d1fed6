package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.dataset.SubsetStore;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.dl4j.TrainedProjects;

/** {@code whisker mistakes} over a tiny project trained for real, with one dark training image labelled "light". */
@Tag("engine")
class MistakesCommandTest {
    @TempDir
    static Path temp;
    private static Path project;
    private static long runId;
    private static long wrong;

    @BeforeAll
    static void train() {
        project = temp.resolve("p");
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            runId = TrainedProjects.darkAndLight(store, 5, "").id();
            Map<Long, SubsetStore.Assignment> parts = new SubsetStore(store).all();
            wrong = CurrentLabels.of(store).entrySet().stream().filter(e -> e.getValue().equals("dark")
                    && parts.get(e.getKey()).subset() == Subset.TRAIN).findFirst().orElseThrow().getKey();
            AnnotationStore annotations = new AnnotationStore(store);
            Annotation tag = annotations.ofImage(wrong).get(0);
            annotations.apply(List.of(tag.id()), List.of(tag.withClass(store.ensureLabelClass("light").id())));
        }
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
    void listsTheWrongLabelFirstThenKeepLeavesItOut() {
        Result r = run("mistakes", project.toString(), "--run", Long.toString(runId), "--threshold", "0.5");
        assertEquals(0, r.exit(), r.err());
        String firstRow = r.out().lines().filter(l -> l.matches("\\d+ .*")).findFirst().orElseThrow(() ->
                new AssertionError(r.out()));
        assertTrue(firstRow.matches(wrong + "\\s+\\S+\\s+light\\s+dark\\s+0\\.\\d{3}"), firstRow);

        Result kept = run("mistakes", project.toString(), "--run", Long.toString(runId), "--threshold", "0.5",
                "--keep", Long.toString(wrong));
        assertEquals(0, kept.exit(), kept.err());
        assertTrue(kept.out().contains("Kept the label light of example " + wrong + "."), kept.out());
        assertFalse(kept.out().lines().anyMatch(l -> l.startsWith(wrong + " ")), kept.out());
    }

    @Test
    void keepingAnUnknownExampleIsRefused() {
        Result r = run("mistakes", project.toString(), "--run", Long.toString(runId), "--keep", "99999");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--keep 99999"), r.err());
    }
}
