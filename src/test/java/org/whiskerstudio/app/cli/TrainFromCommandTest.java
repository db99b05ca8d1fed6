package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.deploy.dl4j.TinyModel;
import org.whiskerstudio.project.ProjectStore;

/** {@code whisker train --from}: another project's run as the start, its architecture fitted, recorded in the list. */
@Tag("engine")
class TrainFromCommandTest {
    @TempDir
    Path temp;

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = WhiskerCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void aRunOfAnotherProjectStartsTheRunAndTheListSaysSo() {
        TinyModel.Trained tiny = TinyModel.get();
        Path project = temp.resolve("second");
        try (ProjectStore store = ProjectStore.create(project, "second")) {
            DatasetFixture.darkAndLight(store, 30, 8);
        }

        Result trained = run("train", project.toString(), "--from", tiny.project() + ":" + tiny.runId(),
                "--epochs", "2", "--freeze-epochs", "1");
        Result list = run("train", project.toString(), "--list");

        assertEquals(0, trained.exit(), trained.err() + trained.out());
        assertTrue(trained.out().contains("Started from run " + tiny.runId() + " \"tiny run\""), trained.out());
        assertTrue(list.out().contains("run 1: Started from run " + tiny.runId()), list.out());
        assertTrue(list.out().contains("frozen for the first 1 epoch."), list.out());
        try (ProjectStore store = ProjectStore.open(project)) {
            assertEquals(1, new ArchitectureStore(store).names().size(), "the start model's architecture, saved");
        }
    }

    @Test
    void anUnreadableFromIsAUsageError() {
        Path project = temp.resolve("p");
        ProjectStore.create(project, "p").close();

        Result result = run("train", project.toString(), "--from", "latest", "--arch", "MLP");

        assertEquals(2, result.exit(), result.out());
        assertTrue(result.err().contains("--from: start from RUN (a run of this project), PROJECT:RUN"), result.err());
    }
}
