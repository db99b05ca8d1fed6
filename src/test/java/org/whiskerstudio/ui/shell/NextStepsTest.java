package org.whiskerstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.settings.SettingsStore;

/** A next step taken on one screen shows the next screen. */
class NextStepsTest {
    @TempDir
    Path temp;
    private ShellViewModel model;

    @AfterEach
    void close() {
        model.shutdown();
    }

    private ShellViewModel shell() {
        model = new ShellViewModel(TaskExecutor.direct(), new SettingsStore(temp.resolve("config")),
                temp.resolve("projects"));
        model.createProject(temp.resolve("projects").resolve("P"), "P");
        return model;
    }

    @Test
    void evaluateThisRunGoesToTheEvaluateScreen() {
        ShellViewModel shell = shell();
        shell.training().nextStep().offer("Run 1 completed after 5 epochs. Next:", 1);

        shell.training().nextStep().take();

        assertEquals(PipelineStage.EVALUATE, shell.stageProperty().get());
        assertEquals("", shell.training().nextStep().messageProperty().get(), "taken, so no longer offered");
    }

    @Test
    void deployThisRunGoesToTheDeployScreen() {
        ShellViewModel shell = shell();
        shell.evaluation().nextStep().offer("Run 1 is evaluated. Next:", 1);

        shell.evaluation().nextStep().take();

        assertEquals(PipelineStage.DEPLOY, shell.stageProperty().get());
    }
}
