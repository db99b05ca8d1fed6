package org.whiskerstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.deploy.BundleOptions;
import org.whiskerstudio.deploy.DeployService;
import org.whiskerstudio.deploy.ExportedBundle;
import org.whiskerstudio.deploy.DeployableModel;
import org.whiskerstudio.deploy.LoadedModel;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunProgress;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.ui.shell.PipelineStage;
import org.whiskerstudio.ui.shell.ShellServices;
import org.whiskerstudio.ui.shell.ShellViewModel;
import org.whiskerstudio.ui.training.ScriptedTrainingService;

/**
 * Every screen fits a laptop: in the real main window at 1024x700 and at 1366x768, with a project that has images,
 * classes, an architecture and a finished run, no control's text is cut and no shown node lies outside the window.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensFitTest {
    /** The smallest window the studio promises to fit, and the commonest laptop screen. */
    private static final List<double[]> SIZES = List.of(new double[] {1024, 700}, new double[] {1366, 768});
    @TempDir
    Path temp;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private ShellHarness shell;
    private ShellViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        ScriptedTrainingService training = new ScriptedTrainingService();
        shell = ShellHarness.show(stage, Files.createTempDirectory("fit"), (executor, settings, projects) ->
                new ShellViewModel(executor, settings, projects, ShellServices.NONE
                        .withTraining(session -> Optional.of(training))
                        .withDeploy(store -> Optional.of(new OneRunDeployService()))))
                .collectErrorsIn(errors);
        model = shell.model();
    }

    @AfterEach
    void tearDown() {
        shell.close();
    }

    @Test
    void welcomeFits(FxRobot robot) {
        assertFits(robot, "Welcome");
    }

    @Test
    void dataFits(FxRobot robot) {
        assertStageFits(robot, PipelineStage.DATA);
    }

    @Test
    void labelFits(FxRobot robot) {
        assertStageFits(robot, PipelineStage.LABEL);
    }

    @Test
    void architectureFits(FxRobot robot) {
        assertStageFits(robot, PipelineStage.ARCHITECTURE);
    }

    @Test
    void trainFits(FxRobot robot) {
        assertStageFits(robot, PipelineStage.TRAIN);
    }

    @Test
    void evaluateFits(FxRobot robot) {
        assertStageFits(robot, PipelineStage.EVALUATE);
    }

    @Test
    void deployFits(FxRobot robot) {
        assertStageFits(robot, PipelineStage.DEPLOY);
    }

    private void assertStageFits(FxRobot robot, PipelineStage screen) {
        openFullProject(robot);
        robot.interact(() -> model.showStage(screen));
        assertFits(robot, screen.title());
    }

    private void assertFits(FxRobot robot, String screen) {
        List<String> problems = new ArrayList<>();
        for (double[] size : SIZES) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents(3);
            assertEquals(size[0], stage.getScene().getWidth(), 1, "the window took the size");
            robot.interact(() -> problems.addAll(LayoutProblems.of(stage.getScene()).stream()
                    .map(p -> screen + " at " + (int) size[0] + "x" + (int) size[1] + ": " + p).toList()));
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** Two classes of images, LeNet, a completed run: every screen shows its working state, not a placeholder. */
    private void openFullProject(FxRobot robot) {
        Path folder = temp.resolve("fit project");
        try (ProjectStore store = ProjectStore.create(folder, "Fit")) {
            fill(store);
        }
        robot.interact(() -> model.openProject(folder));
        waitUntil(() -> model.session().isPresent());
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    static void fill(ProjectStore store) {
        DatasetFixture.darkAndLight(store, 6, 32);
        Architecture lenet = new Architecture("LeNet", Templates.lenet(new TensorShape.Image(32, 32, 3), 2),
                Optional.empty());
        new ArchitectureStore(store).save(lenet);
        RunStore runs = new RunStore(store);
        long run = runs.create("LeNet #1", lenet, TrainingConfig.defaults(), Provenance.here("test", "cpu", "")).id();
        runs.setStatus(run, RunStatus.COMPLETED, "");
        runs.setProgress(run, new RunProgress(3, 10, OptionalInt.empty(), OptionalDouble.empty(),
                OptionalDouble.empty()));
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            assertTrue(false, "condition not met within 20 s");
        }
    }

    /** A project with one run to deploy whose model cannot load here: the screen shows its chooser and actions. */
    static final class OneRunDeployService implements DeployService {
        @Override
        public List<DeployableModel> models() {
            return List.of(DeployableModel.run(1, "LeNet #1 (run 1)"));
        }

        @Override
        public LoadedModel load(DeployableModel model) throws IOException {
            throw new IOException("no engine in this test");
        }

        @Override
        public ExportedBundle export(long runId, Path out, BundleOptions options, Progress progress)
                throws IOException {
            throw new IOException("no engine in this test");
        }

        @Override
        public OnnxParity exportOnnx(long runId, Path out, Progress progress)
                throws IOException {
            throw new IOException("no engine in this test");
        }

        @Override
        public DeployableModel importBundle(Path bundle) throws IOException {
            throw new IOException("no engine in this test");
        }
    }
}
