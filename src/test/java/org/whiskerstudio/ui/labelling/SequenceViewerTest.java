package org.whiskerstudio.ui.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.project.imports.SeriesImporter;
import org.whiskerstudio.project.imports.SeriesOptions;
import org.whiskerstudio.project.imports.TextImporter;
import org.whiskerstudio.project.imports.TextOptions;
import org.whiskerstudio.suggest.SuggestionFixture;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.Theme;

/** The Label screen on a series and a text: the right viewer shows, keys tag, undo and navigation work. */
@ExtendWith(ApplicationExtension.class)
class SequenceViewerTest {
    @TempDir
    static Path temp;
    private ProjectSession session;
    private LabelViewModel model;
    private AnnotationStore store;
    private ProjectStore project;
    private Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        Path data = Files.createTempDirectory(temp, "data");
        StringBuilder csv = new StringBuilder("humidity,temperature\n");
        for (int t = 0; t < 200; t++) {
            csv.append(40 + Math.sin(t / 10.0)).append(',').append(20 + t / 50.0).append('\n');
        }
        Files.writeString(data.resolve("a-series.csv"), csv);
        Files.writeString(data.resolve("b-text.txt"), "Call me Ishmael.\nSome years ago, never mind how long precisely.");
        project = ProjectStore.create(Files.createTempDirectory(temp, "project").resolve("p"), "p");
        new SeriesImporter(project).run(ImportRequest.of(List.of(data.resolve("a-series.csv"))), SeriesOptions.perFile(),
                Progress.NONE, new Cancellation());
        new TextImporter(project).run(ImportRequest.of(List.of(data.resolve("b-text.txt"))), TextOptions.defaults(),
                Progress.NONE, new Cancellation());
        project.ensureLabelClass("calm");
        project.ensureLabelClass("storm");
        session = new ProjectSession(project);
        store = new AnnotationStore(project);
        model = new LabelViewModel(TaskExecutor.direct(), Notifier.SILENT);
        model.projectOpened(Optional.of(session));
        LabelView view = new LabelView(model);
        scene = new Scene((Parent) view.node(), 1200, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        view.activate();
        model.autoAdvanceProperty().set(false);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private Node node(String id) {
        return scene.lookup(id);
    }

    private List<Long> tags(int index) {
        return store.ofImage(model.images().get(index).id()).stream().map(a -> a.classId()).toList();
    }

    @Test
    void aSeriesShowsAsALinePlotAndKeyTwoTagsItThenUndoRemovesTheTag(FxRobot robot) {
        assertTrue(node("#sequence-viewer").isVisible());
        assertFalse(node("#label-canvas").isVisible());
        assertTrue(node("#series-plot").isVisible());
        assertTrue(node("#tool-box").isDisabled(), "boxes make no sense on a series");
        assertTrue(node("#label-sequence-note").isVisible());
        String legend = ((FlowPane) node("#series-legend")).getChildren().stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "|" + b);
        assertTrue(legend.contains("humidity") && legend.contains("temperature") && legend.contains("200 steps"), legend);

        robot.clickOn(node("#series-plot")).type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(model.classes().get(1).labelClass().id()), tags(0));
        assertEquals("Label: storm", ((Label) node("#sequence-labels")).getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(List.of(), tags(0));
    }

    @Test
    void theMouseWheelZoomsTheTimeAxisAndADoubleClickShowsAllSteps(FxRobot robot) {
        SeriesPlot plot = (SeriesPlot) node("#series-plot");
        // A positive deltaY (wheel turned away from the user) zooms in; TestFX's DOWN sends one under Monocle.
        robot.moveTo(plot).scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        double[] zoomed = plot.visibleSteps();
        assertTrue(zoomed[1] - zoomed[0] < 199, "zoomed to " + zoomed[0] + ".." + zoomed[1]);

        robot.doubleClickOn(plot);
        assertEquals(0, plot.visibleSteps()[0]);
        assertEquals(199, plot.visibleSteps()[1]);
    }

    @Test
    void nextShowsTheTextReadOnlyAndKeysStillTagFromInsideIt(FxRobot robot) {
        robot.clickOn(node("#series-plot")).type(KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();

        TextArea text = (TextArea) node("#text-view");
        assertTrue(text.isVisible());
        assertFalse(text.isEditable());
        assertTrue(text.isWrapText());
        assertEquals("Call me Ishmael.\nSome years ago, never mind how long precisely.", text.getText());

        // The focus followed from the plot to the text: a key tags without a click first.
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(model.classes().get(1).labelClass().id()), tags(1));
        // Clicking into the read-only text keeps the keys for labelling too.
        robot.clickOn(text).type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(model.classes().get(0).labelClass().id()), tags(1));
        assertEquals("Call me Ishmael.\nSome years ago, never mind how long precisely.", text.getText());

        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(node("#series-plot").isVisible());
    }

    @Test
    void aSeriesAndATextTakeTheirSuggestionsWithEnterAndShiftEnterAndCtrlZTakesThemBack(FxRobot robot) {
        List<Long> ids = model.images().stream().map(i -> i.id()).toList();
        // the series: storm 0.7 (margin 0.4, least certain first); the text: calm 0.95
        SuggestionFixture.store(project, 2, List.of("calm", "storm"), ids,
                List.of(new float[] {0.3f, 0.7f}, new float[] {0.95f, 0.05f}));
        robot.interact(() -> model.suggestions().queueProperty().set(true));
        Label chip = (Label) node("#label-suggestion");
        assertEquals("Suggested: storm 70%   Enter accepts", chip.getText());
        assertTrue(chip.isVisible());

        robot.clickOn(node("#series-plot")).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(model.classes().get(1).labelClass().id()), tags(0));
        assertEquals("Suggested: calm 95%   Enter accepts", chip.getText(), "on to the text");

        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(model.classes().get(0).labelClass().id()), tags(1));
        assertFalse(chip.isVisible(), "a labelled text shows no suggestion");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), tags(1));
        assertTrue(chip.isVisible());
    }
}
