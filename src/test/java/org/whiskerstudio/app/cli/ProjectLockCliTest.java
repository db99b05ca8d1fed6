package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.project.LockHolder;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;

/** Commands beside a project another process holds: readers work, writers are told who holds it. */
class ProjectLockCliTest {
    @TempDir
    Path temp;

    /** The command's exit, output and errors, through the CLI tests' one helper. */
    private static PredictCommandTest.Run run(String... args) {
        return PredictCommandTest.run(args);
    }

    @Test
    void readersWorkBesideTheHolderAndAWriterIsToldWhoHoldsIt() throws Exception {
        Path project = temp.resolve("p");
        long running;
        try (ProjectStore store = ProjectStore.create(project, "held")) {
            Architecture mlp = new Architecture("MLP", Templates.mlp(new TensorShape.Vector(4), 2), Optional.empty());
            running = new RunStore(store).create("live", mlp, TrainingConfig.defaults(),
                    Provenance.here("1.0.0-M2.1", "Cpu", "4 training")).id();
        }
        Path folder = Files.createDirectories(temp.resolve("more"));
        Process holder = LockHolder.start(project);
        try {
            PredictCommandTest.Run info = run("info", project.toString());
            assertEquals(0, info.exit(), info.err());
            PredictCommandTest.Run list = run("train", project.toString(), "--list");
            assertEquals(0, list.exit(), list.err());
            assertTrue(list.out().contains("live"), list.out());

            PredictCommandTest.Run imported = run("import", project.toString(), folder.toString());
            assertEquals(1, imported.exit());
            assertTrue(imported.err().contains("is open in lock holder (process " + holder.pid()), imported.err());
            assertEquals(1, imported.err().strip().lines().count(), "one line: " + imported.err());
        } finally {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        try (ProjectStore reader = ProjectStore.openReadOnly(project)) {
            assertEquals(RunStatus.RUNNING, new RunStore(reader).get(running).orElseThrow().status(),
                    "the listing beside the holder left its run as it was");
        }
        PredictCommandTest.Run after = run("import", project.toString(), folder.toString());
        assertEquals(0, after.exit(), after.err());
    }
}
