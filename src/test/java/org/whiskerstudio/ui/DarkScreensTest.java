package org.whiskerstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.samples.SampleProjects;
import org.whiskerstudio.settings.SettingsStore;
import org.whiskerstudio.settings.ThemeChoice;
import org.whiskerstudio.ui.common.Theme;
import org.whiskerstudio.ui.shell.PipelineStage;
import org.whiskerstudio.ui.shell.ShellServices;
import org.whiskerstudio.ui.shell.ShellViewModel;
import org.whiskerstudio.ui.training.ScriptedTrainingService;

/** The dark theme in the real window: every screen loads in it without an error, its text light on dark, and it sticks. */
@ExtendWith(ApplicationExtension.class)
class DarkScreensTest {
    @TempDir
    Path temp;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private ShellHarness shell;
    private ShellViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        ScriptedTrainingService training = new ScriptedTrainingService();
        shell = ShellHarness.show(stage, Files.createTempDirectory("dark"), (executor, settings, projects) ->
                new ShellViewModel(executor, settings, projects, ShellServices.NONE
                        .withTraining(session -> Optional.of(training))
                        .withDeploy(store -> Optional.of(new ScreensFitTest.OneRunDeployService()))))
                .collectErrorsIn(errors);
        model = shell.model();
    }

    @AfterEach
    void tearDown() {
        shell.close();
        resetToLight();
    }

    /** The theme is the toolkit's, shared by the tests in this JVM: leave it light as the others expect. */
    private static void resetToLight() {
        WaitForAsyncUtils.asyncFx(() -> Theme.use(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyScreenLoadsInDarkWithoutErrorsAndWithLightText(FxRobot robot) {
        robot.interact(() -> model.theme().choose(ThemeChoice.DARK));
        assertTrue(luminance(robot, "#welcome-title") > 0.6, "the welcome title is light on dark");
        Path folder = temp.resolve("dark project");
        try (ProjectStore store = ProjectStore.create(folder, "Dark")) {
            ScreensFitTest.fill(store);
        }
        robot.interact(() -> model.openProject(folder));
        waitUntil(() -> model.session().isPresent());
        List<String> dim = new ArrayList<>();
        for (PipelineStage screen : PipelineStage.values()) {
            robot.interact(() -> model.showStage(screen));
            WaitForAsyncUtils.waitForFxEvents(3);
            if (luminance(robot, "#status-text") < 0.6) {
                dim.add(screen.title());
            }
        }
        assertEquals(List.of(), dim, "screens whose status text is not light");
        // The Deploy stub's refusal to load a model is the one message expected here.
        assertEquals(List.of(), errors.stream().filter(e -> !e.contains("no engine in this test")).toList());
        assertEquals(List.of(), uncaught);
        assertEquals(ThemeChoice.DARK, new SettingsStore(shell.config()).load().theme(), "kept for the next start");
        robot.interact(() -> model.theme().choose(ThemeChoice.LIGHT));
        assertTrue(luminance(robot, "#status-text") < 0.4, "back to dark text on light");
    }

    @Test
    void theViewMenuTicksTheChosenThemeAndTheFileMenuOpensEverySample(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu theme = (Menu) item(bar.getMenus().get(1).getItems(), "menu-theme");
        robot.interact(() -> model.theme().choose(ThemeChoice.DARK));
        assertTrue(((RadioMenuItem) item(theme.getItems(), "menu-theme-dark")).isSelected());
        assertTrue(!((RadioMenuItem) item(theme.getItems(), "menu-theme-system")).isSelected());
        Menu samples = (Menu) item(bar.getMenus().get(0).getItems(), "menu-samples");
        assertEquals(SampleProjects.ALL.stream().map(SampleProjects.Sample::title).toList(),
                samples.getItems().stream().map(MenuItem::getText).toList());
    }

    private static MenuItem item(List<MenuItem> items, String id) {
        return items.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static double luminance(FxRobot robot, String query) {
        Color c = (Color) robot.lookup(query).queryAs(Label.class).getTextFill();
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }
}
