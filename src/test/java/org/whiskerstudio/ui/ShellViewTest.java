package org.whiskerstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.samples.SampleProjects;
import org.whiskerstudio.ui.library.FilterChoice;
import org.whiskerstudio.ui.shell.ShellViewModel;

/** The real main window, headless: welcome, project lifecycle, import into the grid, filters, stages. */
@ExtendWith(ApplicationExtension.class)
class ShellViewTest {
    @TempDir
    static Path temp;
    private ShellViewModel model;
    private ShellHarness shell;
    private final List<String> errors = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        shell = ShellHarness.show(stage, Files.createTempDirectory(temp, "run")).collectErrorsIn(errors);
        model = shell.model();
    }

    @AfterEach
    void tearDown() {
        shell.close();
    }

    @Test
    void welcomeScreenShowsAndStagesAreDisabledWithoutAProject(FxRobot robot) {
        assertTrue(robot.lookup("#welcome").query().isVisible());
        assertTrue(robot.lookup("#nav-data").queryAs(ToggleButton.class).isDisabled());
        assertTrue(robot.lookup("#sample-cats").tryQuery().isPresent());
    }

    @Test
    void importedFolderPerClassShowsInGridWithThumbnailsAndFilters(FxRobot robot) throws IOException {
        Path data = Files.createDirectories(temp.resolve("data-" + System.nanoTime()));
        writeImages(data.resolve("cat"), "cat", 6);
        writeImages(data.resolve("dog"), "dog", 4);
        writeImages(data, "loose", 2);
        Path project = temp.resolve("p-" + System.nanoTime()).resolve("My project");

        robot.interact(() -> model.createProject(project, "My project"));
        waitUntil(() -> model.session().isPresent());
        assertTrue(robot.lookup("#library-grid").tryQuery().isPresent(), "the Data stage shows after creating");

        robot.interact(() -> model.library().startImport(ImportRequest.folderPerClass(data)));
        waitUntil(() -> !model.library().importRunningProperty().get() && model.library().images().size() == 12);
        assertTrue(robot.lookup("#import-status").queryAs(Label.class).getText().contains("12 imported"));
        waitUntil(() -> robot.lookup(".thumbnail-cell .image-view").queryAllAs(ImageView.class).stream()
                .anyMatch(v -> v.getImage() != null));

        robot.interact(() -> select("Unlabelled"));
        waitUntil(() -> model.library().images().size() == 2);
        robot.interact(() -> select("cat"));
        waitUntil(() -> model.library().images().size() == 6);
        robot.interact(() -> model.library().searchProperty().set("CAT-00"));
        waitUntil(() -> model.library().images().size() == 6);
        robot.interact(() -> model.library().searchProperty().set("cat-005"));
        waitUntil(() -> model.library().images().size() == 1);
        assertEquals(List.of(), errors);
    }

    @Test
    void evaluateStageWithoutRunsSaysToTrainFirst(FxRobot robot) {
        Path project = temp.resolve("nb-" + System.nanoTime());
        robot.interact(() -> model.createProject(project, "nb"));
        waitUntil(() -> model.session().isPresent());
        robot.clickOn("#nav-evaluate");
        Label notice = robot.lookup("#evaluation-empty").queryAs(Label.class);
        assertTrue(notice.getText().contains("Train screen"), notice.getText());
    }

    @Test
    void closedProjectReopensFromRecentWithEverythingThere(FxRobot robot) throws IOException {
        Path data = Files.createDirectories(temp.resolve("re-" + System.nanoTime()));
        writeImages(data, "img", 5);
        Path project = temp.resolve("re-project-" + System.nanoTime());
        robot.interact(() -> model.createProject(project, "reopen"));
        waitUntil(() -> model.session().isPresent());
        robot.interact(() -> model.library().startImport(ImportRequest.of(List.of(data))));
        waitUntil(() -> !model.library().importRunningProperty().get() && model.library().images().size() == 5);

        robot.interact(model::closeProject);
        assertTrue(robot.lookup("#welcome").query().isVisible());
        assertEquals(project.toAbsolutePath().normalize(), model.recentProjects().get(0));
        robot.interact(() -> model.openProject(model.recentProjects().get(0)));
        waitUntil(() -> model.library().images().size() == 5);
        assertEquals(5, model.session().orElseThrow().store().images(ImageQuery.ALL).size());
    }

    @Test
    void droppingImagesWithoutAProjectExplainsWhatToDo() throws IOException {
        Path data = Files.createDirectories(temp.resolve("drop-" + System.nanoTime()));
        writeImages(data, "d", 1);
        WaitForAsyncUtils.asyncFx(() -> assertFalse(model.handleDrop(List.of(data))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("Create or open a project first"), errors.get(0));
    }

    @Test
    void catsSampleOpensInOneClickWithItsLabels(FxRobot robot) {
        robot.clickOn("#sample-cats");
        waitUntil(() -> model.session().isPresent() && model.library().images().size() == 36);
        List<String> classes = model.library().filters().stream().map(FilterChoice::title).toList();
        assertTrue(classes.containsAll(List.of("cat", "not-cat")), classes.toString());
        assertEquals(SampleProjects.ALL.get(0).id(), "cats");
    }

    @Test
    void everyStageOpensItsOwnScreenFromTheRailAndClosingShowsWelcome(FxRobot robot) {
        robot.clickOn("#sample-cats");
        waitUntil(() -> model.session().isPresent() && model.library().images().size() == 36);
        Set<Node> screens = new HashSet<>();
        for (String stage : List.of("data", "label", "architecture", "train", "evaluate", "deploy")) {
            robot.clickOn("#nav-" + stage);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup("#nav-" + stage).queryAs(ToggleButton.class).isSelected(), stage);
            StackPane centre = robot.lookup("#stage-content").queryAs(StackPane.class);
            assertEquals(1, centre.getChildren().size(), stage);
            screens.add(centre.getChildren().get(0));
        }
        assertEquals(6, screens.size(), "one screen per stage");
        robot.interact(model::closeProject);
        assertTrue(robot.lookup("#welcome").query().isVisible());
        assertEquals(List.of(), errors);
    }

    @Test
    void trainStageWithoutAnEngineSaysTrainingIsUnavailable(FxRobot robot) {
        Path project = temp.resolve("tu-" + System.nanoTime());
        robot.interact(() -> model.createProject(project, "tu"));
        waitUntil(() -> model.session().isPresent());
        robot.clickOn("#nav-train");
        waitUntil(() -> robot.lookup("#training-empty").queryAs(Label.class).getText().startsWith("Training is not available"));
    }

    private void select(String title) {
        model.library().filters().stream().filter(f -> f.title().equals(title)).findFirst()
                .ifPresent(model.library().selectedFilterProperty()::set);
    }

    private void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s; errors shown: " + errors, e);
        }
    }

    static void writeImages(Path dir, String prefix, int count) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(prefix.hashCode());
        for (int i = 0; i < count; i++) {
            BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 48; y++) {
                for (int x = 0; x < 64; x++) {
                    img.setRGB(x, y, random.nextInt());
                }
            }
            ImageIO.write(img, "png", dir.resolve(String.format("%s-%03d.png", prefix, i)).toFile());
        }
    }

}
