package org.whiskerstudio.ui.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.LearningCriterion;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.Theme;

/** New...: the learning criterion is chosen first, and only the templates that learn that way are listed. */
@ExtendWith(ApplicationExtension.class)
class TemplateChooserTest {
    @TempDir
    static Path temp;
    private ProjectStore store;
    private ArchitectureEditorViewModel model;

    @Start
    void start(Stage stage) {
        store = LabellingFixture.projectWithImages(temp.resolve("p" + System.nanoTime()), 3);
        store.ensureLabelClass("normal");
        store.ensureLabelClass("odd");
        ProjectArchitectures services = new ProjectArchitectures(store);
        model = new ArchitectureEditorViewModel(services::analyse, Notifier.ofErrors((t, m) -> { }));
        model.projectOpened(Optional.of(new ArchitectureStore(store)));
        Scene scene = new Scene((Parent) new ArchitectureView(model, services).node(), 1280, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @SuppressWarnings("unchecked")
    private static List<String> listed(FxRobot robot) {
        ListView<ArchitectureServices.Template> list = robot.lookup("#template-list").queryAs(ListView.class);
        return list.getItems().stream().map(ArchitectureServices.Template::title).toList();
    }

    @Test
    void choosingWhatTheModelLearnsFiltersTheTemplates(FxRobot robot) {
        robot.clickOn("#architecture-new");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> supervised = listed(robot);
        assertTrue(supervised.contains("LeNet-style CNN") && supervised.stream().noneMatch(t -> t.contains("autoencoder")),
                supervised.toString());
        ListView<?> list = robot.lookup("#template-list").queryAs(ListView.class);
        javafx.scene.control.ListCell<?> detector = robot.from(list).lookup(".list-cell")
                .match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null
                        && c.getText().startsWith("YOLO")).queryAs(javafx.scene.control.ListCell.class);
        assertTrue(detector.getWidth() <= list.getWidth(), "the detector's long title wraps inside the list");
        assertTrue(robot.from(list).lookup(".scroll-bar").queryAllAs(javafx.scene.control.ScrollBar.class).stream()
                .noneMatch(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible()),
                "no sideways scroll to read a title");
        RadioButton reinforcement = robot.lookup("#criterion-reinforcement").queryAs(RadioButton.class);
        assertFalse(reinforcement.isDisabled(), "the agents' templates learn from rewards");
        assertTrue(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals(LearningCriterion.REINFORCEMENT.explanation())), "it says what it is");

        robot.clickOn("#criterion-unsupervised");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> unsupervised = listed(robot);
        assertTrue(unsupervised.contains("Convolutional autoencoder: anomaly scores for images"), unsupervised.toString());
        assertTrue(unsupervised.stream().noneMatch(supervised::contains), unsupervised + " vs " + supervised);

        robot.clickOn("Convolutional autoencoder: anomaly scores for images");
        robot.clickOn("Create");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ModelKind.AUTOENCODER, model.currentProperty().get().orElseThrow().kind());
    }

    @Test
    void actionsFromRewardsOffersTheTwoAgentsAndMakesAnAgent(FxRobot robot) {
        robot.clickOn("#architecture-new");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#criterion-reinforcement");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> agents = listed(robot);
        assertEquals(2, agents.size(), agents.toString());
        assertTrue(agents.get(0).startsWith("DQN cart-pole") && agents.get(1).startsWith("Noughts & crosses"),
                agents.toString());
        robot.clickOn(agents.get(0));
        robot.clickOn("Create");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ModelKind.AGENT, model.currentProperty().get().orElseThrow().kind());
    }

    @Test
    void theViewModelShowsOnlyTheChosenCriterionsTemplates() {
        ArchitectureServices.Template classifier = new ArchitectureServices.Template("C", LearningCriterion.SUPERVISED,
                () -> null);
        ArchitectureServices.Template ae = new ArchitectureServices.Template("A", LearningCriterion.UNSUPERVISED,
                () -> null);
        TemplateChooserViewModel chooser = new TemplateChooserViewModel(List.of(classifier, ae));

        assertEquals(List.of(classifier), List.copyOf(chooser.shown()));
        chooser.criterionProperty().set(LearningCriterion.UNSUPERVISED);
        assertEquals(List.of(ae), List.copyOf(chooser.shown()));
        chooser.criterionProperty().set(LearningCriterion.REINFORCEMENT);
        assertTrue(chooser.shown().isEmpty());
        assertTrue(chooser.choosable(LearningCriterion.UNSUPERVISED));
        assertFalse(chooser.choosable(LearningCriterion.REINFORCEMENT), "no template of it: shown but disabled");
    }
}
