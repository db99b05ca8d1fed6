package org.whiskerstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.deploy.dl4j.Dl4jDeployService;
import org.whiskerstudio.evaluation.dl4j.Evaluator;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.samples.SampleProjects;
import org.whiskerstudio.settings.ThemeChoice;
import org.whiskerstudio.suggest.dl4j.MistakeScanner;
import org.whiskerstudio.suggest.dl4j.Suggester;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.dl4j.Dl4jTrainingService;
import org.whiskerstudio.ui.shell.PipelineStage;
import org.whiskerstudio.ui.shell.ShellServices;
import org.whiskerstudio.ui.shell.ShellViewModel;

/**
 * The screenshot tour, for a person to look at: every screen (welcome, then each stage with the Cats sample and a
 * small run trained here for real, evaluated and tried on Deploy) at 1024x700, 1366x768 and 1600x1000, light and
 * dark, written as PNGs to the folder named by {@code -Dwhisker.screens=DIR}. Runs only when asked:
 * {@code mvn -Dtest=ScreenshotTourTest -Dwhisker.screens=target/screens test}.
 */
@Tag("screens")
@EnabledIfSystemProperty(named = "whisker.screens", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTourTest {
    private static final List<int[]> SIZES = List.of(new int[] {1024, 700}, new int[] {1366, 768}, new int[] {1600, 1000});
    private static final String ARCHITECTURE = "LeNet";
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> written = new ArrayList<>();
    private ShellHarness shell;
    private ShellViewModel model;
    private Stage stage;
    private Path run;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        run = Files.createTempDirectory("screens");
        shell = ShellHarness.show(stage, run, (executor, settings, projects) -> new ShellViewModel(executor, settings,
                projects, new ShellServices(session -> Optional.of(Dl4jTrainingService.forSession(session)),
                store -> Optional.of(new Dl4jDeployService(store)), store -> Optional.of(new Evaluator()),
                store -> Optional.of(new MistakeScanner()), store -> Optional.of(new Suggester()))))
                .collectErrorsIn(errors);
        model = shell.model();
    }

    @AfterEach
    void tearDown() {
        shell.close();
    }

    @Test
    void everyScreenAtThreeSizesLightAndDark(FxRobot robot) throws IOException {
        Path out = Files.createDirectories(Path.of(System.getProperty("whisker.screens")));
        Path project = trainedCatsProject();
        robot.interact(() -> model.openProject(project));
        waitUntil(() -> model.session().isPresent() && !model.library().images().isEmpty());
        for (PipelineStage screen : PipelineStage.values()) {
            robot.interact(() -> model.showStage(screen));
            prepare(robot, screen, project);
            shootAll(robot, out, screen.name().toLowerCase(Locale.ROOT));
        }
        robot.interact(model::closeProject);
        shootAll(robot, out, "welcome");
        robot.interact(() -> model.tour().start());
        shootAll(robot, out, "welcome-tour");
        robot.interact(() -> model.tour().skip());
        assertEquals(List.of(), errors);
        assertEquals((PipelineStage.values().length + 2) * SIZES.size() * 2, written.size(), written.toString());
    }

    /** What a screen shows once a user has used it: Evaluate with an evaluation, Deploy with images tried. */
    private void prepare(FxRobot robot, PipelineStage screen, Path project) throws IOException {
        if (screen == PipelineStage.EVALUATE) {
            waitUntil(() -> model.evaluation().runProperty().get() != null);
            robot.interact(() -> model.evaluation().evaluate());
            waitUntil(() -> !model.evaluation().runningProperty().get() && model.evaluation().results().matrixProperty()
                    .get().isPresent());
        } else if (screen == PipelineStage.DEPLOY) {
            waitUntil(() -> model.deploy().modelReadyProperty().get() || !errors.isEmpty());
            List<Path> tried;
            try (Stream<Path> files = Files.walk(project.resolve("images"))) {
                tried = files.filter(f -> f.toString().endsWith(".jpg")).sorted().limit(4).toList();
            }
            assertEquals(4, tried.size(), "the sample's stored photos");
            robot.interact(() -> model.deploy().tryFiles(tried));
            waitUntil(() -> model.deploy().results().size() == tried.size() || !errors.isEmpty());
        }
        settle();
    }

    private void shootAll(FxRobot robot, Path out, String screen) throws IOException {
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            robot.interact(() -> model.theme().choose(theme));
            for (int[] size : SIZES) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                settle();
                String name = screen + "-" + theme.name().toLowerCase(Locale.ROOT) + "-" + size[0] + "x" + size[1] + ".png";
                ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(stage.getScene().getRoot()).getImage(), null),
                        "png", out.resolve(name).toFile());
                written.add(name);
            }
        }
    }

    /** The Cats sample with LeNet trained on it for a few epochs: seconds on a laptop. */
    private Path trainedCatsProject() throws IOException {
        Path project = SampleProjects.materialise(SampleProjects.ALL.get(0), run.resolve("projects"), Progress.NONE,
                Cancellation.none());
        try (ProjectStore store = ProjectStore.open(project)) {
            new ArchitectureStore(store).save(new Architecture(ARCHITECTURE,
                    Templates.lenet(new TensorShape.Image(32, 32, 3), 2), Optional.empty()));
            TrainingRun trained = Dl4jTrainingService.forProject(store)
                    .start(new TrainingRequest(ARCHITECTURE, TrainingConfig.defaults().withEpochs(4), "LeNet #1"),
                            TrainingListener.NONE)
                    .finished().toCompletableFuture().join();
            assertEquals(RunStatus.COMPLETED, trained.status(), trained.message());
        }
        return project;
    }

    /** Lets layout, thumbnails and charts catch up: a few pulses and a moment for background loads. */
    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents(5);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            assertTrue(false, "condition not met within 60 s");
        }
    }
}
