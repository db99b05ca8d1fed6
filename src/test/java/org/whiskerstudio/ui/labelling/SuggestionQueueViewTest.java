package org.whiskerstudio.ui.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.LabelSources;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.suggest.SuggestionFixture;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.Theme;

/** The suggestion queue on the real Label screen, driven with Enter, Shift+Enter and Ctrl+Z; no model needed. */
@ExtendWith(ApplicationExtension.class)
class SuggestionQueueViewTest {
    private static final long RUN = 3;
    @TempDir
    static Path temp;
    private ProjectSession session;
    private LabelViewModel model;
    private ProjectStore project;
    private List<Long> photos;

    @Start
    void start(Stage stage) throws IOException {
        Path data = Files.createTempDirectory(temp, "data");
        for (int i = 0; i < 4; i++) {
            BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
            img.setRGB(i, i, 0xFFFFFF);
            ImageIO.write(img, "png", data.resolve("photo-" + i + ".png").toFile());
        }
        project = ProjectStore.create(Files.createTempDirectory(temp, "project").resolve("p"), "p");
        new ImageImporter(project, 1).run(ImportRequest.of(List.of(data)), Progress.NONE, new Cancellation());
        project.ensureLabelClass("cat");
        project.ensureLabelClass("dog");
        photos = project.images(ImageQuery.ALL).stream().map(ImageAsset::id).toList();
        // margins 0.9, 0.1, 0.4, 0.7: least certain first walks photos 1, 2, 3, 0
        SuggestionFixture.store(project, RUN, List.of("cat", "dog"), photos, List.of(new float[] {0.95f, 0.05f},
                new float[] {0.45f, 0.55f}, new float[] {0.7f, 0.3f}, new float[] {0.15f, 0.85f}));
        session = new ProjectSession(project);
        model = new LabelViewModel(TaskExecutor.direct(), Notifier.SILENT);
        model.projectOpened(Optional.of(session));
        Scene scene = new Scene((Parent) new LabelView(model).node(), 1200, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private long shown() {
        return model.currentProperty().get().orElseThrow().id();
    }

    private int labelled() {
        return new AnnotationStore(project).progress().labelled();
    }

    @Test
    void enterAcceptsShiftEnterAcceptsTheQueueAboveTheThresholdAndCtrlZTakesThemBack(FxRobot robot) {
        robot.clickOn("#label-queue");
        assertEquals(photos.get(1), shown(), "least certain first");
        Label chip = robot.lookup("#label-suggestion").queryAs(Label.class);
        assertTrue(chip.isVisible());
        assertEquals("Suggested: dog 55%   Enter accepts", chip.getText());
        assertEquals("4 suggestions left", robot.lookup("#label-queue-count").queryAs(Label.class).getText());

        robot.clickOn("#label-canvas").type(KeyCode.ENTER);
        long tag = new AnnotationStore(project).ofImage(photos.get(1)).get(0).id();
        assertEquals(new LabelSource.Suggested(RUN, 0.55f), new LabelSources(project).of(tag).orElseThrow());
        assertEquals(photos.get(2), shown(), "moved on to the next in the queue");
        assertEquals("Suggested: cat 70%   Enter accepts", chip.getText());

        robot.interact(() -> model.suggestions().acceptThresholdProperty().set(0.8));
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertEquals(3, labelled(), "0.95 and 0.85 accepted, 0.7 not");
        assertEquals("Accepted 2 suggestions at or above 80% (Ctrl+Z takes them all back).",
                robot.lookup("#label-status").queryAs(Label.class).getText());
        assertEquals("1 suggestion left", robot.lookup("#label-queue-count").queryAs(Label.class).getText());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(1, labelled(), "one Ctrl+Z takes the whole bulk accept back");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(0, labelled());
        assertEquals("4 suggestions left", robot.lookup("#label-queue-count").queryAs(Label.class).getText());
    }

    @Test
    void qOpensAndClosesTheQueue(FxRobot robot) {
        robot.clickOn("#label-canvas").type(KeyCode.Q);
        assertTrue(model.suggestions().queueProperty().get());
        assertEquals(photos.get(1), shown(), "least certain first");
        robot.type(KeyCode.Q);
        assertTrue(!model.suggestions().queueProperty().get());
    }
}
