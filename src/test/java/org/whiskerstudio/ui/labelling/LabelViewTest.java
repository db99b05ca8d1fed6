package org.whiskerstudio.ui.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.Theme;

/** Drives the Label screen with mouse and keys, headless, and checks what was stored. */
@ExtendWith(ApplicationExtension.class)
class LabelViewTest {
    @TempDir
    static Path temp;
    private ProjectSession session;
    private LabelViewModel model;
    private AnnotationStore store;
    private AnnotationCanvas canvas;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path data = Files.createTempDirectory(temp, "data");
        for (int i = 0; i < 4; i++) {
            BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
            img.setRGB(i, i, 0xFFFFFF);
            ImageIO.write(img, "png", data.resolve("photo-" + i + ".png").toFile());
        }
        ProjectStore project = ProjectStore.create(Files.createTempDirectory(temp, "project").resolve("p"), "p");
        new ImageImporter(project, 1).run(ImportRequest.of(List.of(data)), Progress.NONE, new Cancellation());
        project.ensureLabelClass("cat");
        project.ensureLabelClass("dog");
        session = new ProjectSession(project);
        store = new AnnotationStore(project);
        model = new LabelViewModel(TaskExecutor.direct(), Notifier.SILENT);
        model.projectOpened(Optional.of(session));
        LabelView view = new LabelView(model);
        Scene scene = new Scene((Parent) view.node(), 1200, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        canvas = (AnnotationCanvas) scene.lookup("#label-canvas");
        canvas.requestFocus();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private long image(int index) {
        return model.images().get(index).id();
    }

    private Point2D screen(double imageX, double imageY) {
        Point2D local = canvas.toScreen(imageX, imageY);
        return canvas.localToScreen(local);
    }

    private void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.midpoint(to)).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Annotation> regions(int index) {
        return store.ofImage(image(index)).stream().filter(a -> !(a.shape() instanceof Shape.Tag)).toList();
    }

    private static void assertBox(Shape.Box expected, Shape actual) {
        Shape.Box b = (Shape.Box) actual;
        double tolerance = 1.5;
        assertTrue(Math.abs(expected.x1() - b.x1()) < tolerance && Math.abs(expected.y1() - b.y1()) < tolerance
                && Math.abs(expected.x2() - b.x2()) < tolerance && Math.abs(expected.y2() - b.y2()) < tolerance,
                "expected about " + expected + " but was " + b);
    }

    @Test
    void boxDrawnWithTheMouseIsStoredInImagePixels(FxRobot robot) {
        robot.clickOn(canvas).type(KeyCode.B);
        drag(robot, screen(50, 40), screen(250, 200));
        assertEquals(1, regions(0).size());
        assertBox(new Shape.Box(50, 40, 250, 200), regions(0).get(0).shape());
        assertEquals("cat", model.classes().get(0).labelClass().name());
        assertEquals(model.classes().get(0).labelClass().id(), regions(0).get(0).classId());
    }

    @Test
    void boxIsClippedToTheImage(FxRobot robot) {
        robot.clickOn(canvas).type(KeyCode.B);
        drag(robot, screen(300, 200), screen(520, 380));
        assertBox(new Shape.Box(300, 200, 400, 300), regions(0).get(0).shape());
    }

    @Test
    void moveAndResizeWithTheMouseThenUndoBothRestoresTheBox(FxRobot robot) {
        robot.interact(() -> model.addBox(new Shape.Box(100, 100, 200, 180)));
        robot.interact(() -> model.toolProperty().set(Tool.SELECT));
        long id = regions(0).get(0).id();

        drag(robot, screen(150, 140), screen(180, 160));
        assertBox(new Shape.Box(130, 120, 230, 200), store.byId(id).orElseThrow().shape());

        drag(robot, screen(230, 200), screen(260, 240));
        assertBox(new Shape.Box(130, 120, 260, 240), store.byId(id).orElseThrow().shape());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(new Shape.Box(100, 100, 200, 180), store.byId(id).orElseThrow().shape());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertBox(new Shape.Box(130, 120, 230, 200), store.byId(id).orElseThrow().shape());
    }

    @Test
    void arrowKeysNudgeTheSelectedBoxAndDeleteRemovesIt(FxRobot robot) {
        robot.interact(() -> model.addBox(new Shape.Box(10, 10, 60, 60)));
        long id = regions(0).get(0).id();
        robot.clickOn(canvas);
        robot.interact(() -> model.selectedProperty().set(id));
        robot.type(KeyCode.RIGHT, 3).type(KeyCode.DOWN);
        assertEquals(new Shape.Box(13, 11, 63, 61), store.byId(id).orElseThrow().shape());
        robot.type(KeyCode.DELETE);
        assertTrue(regions(0).isEmpty());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(id, regions(0).get(0).id(), "undo brings the same box back");
    }

    @Test
    void numberKeysTagReplaceInSingleLabelModeAndAdvance(FxRobot robot) {
        robot.clickOn(canvas).type(KeyCode.V);
        robot.type(KeyCode.DIGIT1);
        assertEquals(1, model.indexProperty().get(), "auto-advance moved on");
        robot.type(KeyCode.DIGIT2);
        robot.type(KeyCode.A).type(KeyCode.A);
        assertEquals(0, model.indexProperty().get());
        robot.type(KeyCode.DIGIT2);
        List<Annotation> tags = store.ofImage(image(0));
        assertEquals(1, tags.size(), "single-label: the new tag replaced the old");
        assertEquals("dog", model.usageOf(tags.get(0).classId()).orElseThrow().labelClass().name());
        assertEquals(2, model.progressProperty().get().labelled());
    }

    @Test
    void imageStatusFollowsLabellingAndReview(FxRobot robot) {
        robot.interact(() -> model.autoAdvanceProperty().set(false));
        ImageAsset first = model.images().get(0);
        assertEquals(ImageStatus.UNLABELLED, model.statusOf(first));
        robot.clickOn(canvas).type(KeyCode.V).type(KeyCode.DIGIT1);
        assertEquals(ImageStatus.LABELLED, model.statusOf(first));
        robot.type(KeyCode.R);
        assertEquals(ImageStatus.REVIEWED, model.statusOf(first));
        assertEquals(1, model.progressProperty().get().reviewed());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(ImageStatus.UNLABELLED, model.statusOf(first));
    }

    @Test
    void multiLabelKeysToggleTags(FxRobot robot) {
        robot.interact(() -> {
            model.multiLabelProperty().set(true);
            model.autoAdvanceProperty().set(false);
        });
        robot.clickOn(canvas).type(KeyCode.V).type(KeyCode.DIGIT1).type(KeyCode.DIGIT2);
        assertEquals(2, store.ofImage(image(0)).size());
        robot.type(KeyCode.DIGIT1);
        assertEquals(1, store.ofImage(image(0)).size());
    }

    @Test
    void polygonFromClicksClosedWithEnter(FxRobot robot) {
        robot.clickOn(canvas).type(KeyCode.P);
        for (Point p : List.of(new Point(50, 50), new Point(150, 60), new Point(100, 150))) {
            robot.moveTo(screen(p.x(), p.y())).clickOn(MouseButton.PRIMARY);
        }
        robot.type(KeyCode.ENTER);
        Shape.Polygon polygon = (Shape.Polygon) regions(0).get(0).shape();
        assertEquals(3, polygon.points().size());
        assertTrue(Math.abs(polygon.points().get(1).x() - 150) < 1.5, polygon.toString());
    }

    @Test
    void pointLineAndCircleDrawnWithTheirToolsAndKeys(FxRobot robot) {
        robot.clickOn(canvas).type(KeyCode.K);
        robot.moveTo(screen(40, 30)).clickOn(MouseButton.PRIMARY);
        robot.type(KeyCode.L);
        for (Point p : List.of(new Point(60, 200), new Point(160, 220), new Point(260, 180))) {
            robot.moveTo(screen(p.x(), p.y())).clickOn(MouseButton.PRIMARY);
        }
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.C);
        drag(robot, screen(300, 100), screen(340, 100));

        List<Annotation> drawn = regions(0);
        assertEquals(List.of("point", "line", "circle"), drawn.stream().map(a -> a.shape().kind()).toList());
        Point dot = ((Shape.Dot) drawn.get(0).shape()).at();
        assertTrue(Math.abs(dot.x() - 40) < 1.5 && Math.abs(dot.y() - 30) < 1.5, dot.toString());
        assertEquals(3, ((Shape.Line) drawn.get(1).shape()).points().size());
        Shape.Circle circle = (Shape.Circle) drawn.get(2).shape();
        assertTrue(Math.abs(circle.radius() - 40) < 1.5 && Math.abs(circle.centre().x() - 300) < 1.5, circle.toString());
        assertEquals(drawn.get(2).id(), model.selectedProperty().get(), "the circle just drawn is selected");

        robot.type(KeyCode.V);
        robot.interact(() -> model.selectedProperty().set(drawn.get(2).id()));
        drag(robot, screen(340, 100), screen(360, 100));
        assertEquals(60, ((Shape.Circle) store.byId(drawn.get(2).id()).orElseThrow().shape()).radius(), 1.5,
                "the handle on the circle resizes it");
        robot.type(KeyCode.DELETE);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(circle, store.byId(drawn.get(2).id()).orElseThrow().shape(), "undo: back, then its old radius");
    }

    @Test
    void nextUnlabelledSkipsLabelledImages(FxRobot robot) {
        robot.interact(() -> {
            Annotation tag = new Annotation(0, image(1), model.classes().get(0).labelClass().id(), new Shape.Tag(), Set.of());
            store.apply(List.of(), List.of(tag));
            model.refresh();
            model.goTo(0);
        });
        robot.clickOn(canvas).type(KeyCode.DIGIT1);
        robot.type(KeyCode.N);
        assertEquals(2, model.indexProperty().get());
        ImageAsset shown = model.currentProperty().get().orElseThrow();
        assertEquals(image(2), shown.id());
    }

    private String newBoxClass(FxRobot robot) {
        Label newBoxes = robot.lookup("#label-new-box-class").queryAs(Label.class);
        return ((Label) newBoxes.getGraphic()).getText();
    }

    @Test
    void aBoxJustDrawnIsSelectedSoAKeyReclassesItAndEscThenPicksTheClassOfNewBoxes(FxRobot robot) {
        robot.interact(() -> model.autoAdvanceProperty().set(false));
        robot.clickOn(canvas).type(KeyCode.V).type(KeyCode.DIGIT2);
        assertEquals("cat", newBoxClass(robot), "tagging the image as dog does not change it");
        robot.type(KeyCode.B);
        drag(robot, screen(50, 40), screen(250, 200));
        long box = regions(0).get(0).id();
        assertEquals(box, model.selectedProperty().get(), "the new box is selected");
        robot.type(KeyCode.DIGIT2);
        assertEquals("dog", model.usageOf(store.byId(box).orElseThrow().classId()).orElseThrow().labelClass().name());
        assertEquals("cat", newBoxClass(robot));

        robot.type(KeyCode.ESCAPE);
        assertEquals(0, model.selectedProperty().get());
        assertEquals(Tool.BOX, model.toolProperty().get(), "Esc unselects first, keeping the tool");
        robot.type(KeyCode.DIGIT2);
        assertEquals("dog", newBoxClass(robot));
        drag(robot, screen(300, 200), screen(350, 250));
        assertEquals("dog", model.labels().regions().get(1).labelClass().name());
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        assertEquals(Tool.SELECT, model.toolProperty().get());
    }

    @Test
    void theRegionsListAndTheCanvasSelectTogetherAndDeleteIsUndoable(FxRobot robot) {
        robot.interact(() -> {
            model.addBox(new Shape.Box(20, 20, 120, 120));
            model.addBox(new Shape.Box(200, 150, 300, 250));
            model.selectedProperty().set(0);
        });
        long first = regions(0).get(0).id();
        long second = regions(0).get(1).id();
        @SuppressWarnings("unchecked")
        ListView<ShownLabels.RegionRow> list = robot.lookup("#label-regions").queryAs(ListView.class);
        assertEquals(2, list.getItems().size());

        robot.clickOn(robot.lookup("#label-regions .list-cell").nth(1).queryAs(javafx.scene.Node.class));
        assertEquals(second, model.selectedProperty().get(), "a row selects its region");
        assertTrue(canvas.isFocused(), "keys go on working on the canvas");
        robot.moveTo(screen(70, 70)).clickOn(MouseButton.PRIMARY);
        assertEquals(first, model.selectedProperty().get());
        assertEquals(first, list.getSelectionModel().getSelectedItem().id(), "the canvas selects the row");

        robot.type(KeyCode.DIGIT2);
        assertEquals("dog", list.getItems().get(0).labelClass().name(), "the row shows the new class");
        robot.type(KeyCode.DELETE);
        assertEquals(List.of(second), regions(0).stream().map(Annotation::id).toList());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(2, list.getItems().size(), "undo brings the row back");
    }

    @Test
    void theTagLineShowsTheImagesTagAndTheReviewedBoxItsState(FxRobot robot) {
        robot.interact(() -> model.autoAdvanceProperty().set(false));
        assertTrue(robot.lookup("#label-untagged").queryAs(Label.class).isVisible());
        robot.clickOn(canvas).type(KeyCode.V).type(KeyCode.DIGIT1);
        assertEquals(List.of("cat"), robot.lookup("#label-tags .class-chip").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        CheckBox reviewed = robot.lookup("#label-reviewed").queryAs(CheckBox.class);
        assertTrue(!reviewed.isSelected());
        robot.clickOn(reviewed);
        assertTrue(reviewed.isSelected());
        assertTrue(store.isReviewed(image(0)));
        robot.type(KeyCode.R);
        assertTrue(!reviewed.isSelected(), "R and the box are one state");
    }

    @Test
    void theCanvasRefitsWhenTheWindowIsResizedUnlessZoomed(FxRobot robot) {
        double wide = canvas.scale();
        robot.interact(() -> stage.setWidth(900));
        WaitForAsyncUtils.waitForFxEvents(3);
        double narrow = canvas.scale();
        assertTrue(narrow < wide - 0.01, "smaller window, smaller image: " + narrow + " vs " + wide);
        robot.interact(() -> canvas.zoom(2));
        double zoomed = canvas.scale();
        robot.interact(() -> stage.setWidth(1200));
        WaitForAsyncUtils.waitForFxEvents(3);
        assertEquals(zoomed, canvas.scale(), 1e-9, "a zoom chosen by hand stays");
        robot.clickOn(canvas).type(KeyCode.F);
        robot.interact(() -> stage.setWidth(900));
        WaitForAsyncUtils.waitForFxEvents(3);
        assertEquals(narrow, canvas.scale(), 1e-6, "fitted again (F), so a resize fits again");
    }
}
