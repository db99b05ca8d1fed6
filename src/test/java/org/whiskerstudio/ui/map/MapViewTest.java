package org.whiskerstudio.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.common.PooledTaskExecutor;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.map.MapFixture;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.Theme;

/** The map headless: Compute, hover a point, lasso them all, label the selection in one go, undo, click to open. */
@ExtendWith(ApplicationExtension.class)
class MapViewTest {
    private final List<String> errors = new ArrayList<>();
    private PooledTaskExecutor executor;
    private Stage stage;
    private ProjectStore store;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new PooledTaskExecutor(2, Platform::runLater);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
        executor.close();
        if (store != null) {
            store.close();
        }
    }

    @Test
    void lassoTheExamplesLabelThemInOneGoAndUndo(FxRobot robot) throws Exception {
        store = ProjectStore.create(Files.createTempDirectory("map-ui").resolve("p"), "p");
        MapFixture.threeGroups(store, 8);
        store.ensureLabelClass("cat");
        MapViewModel model = new MapViewModel(executor, Notifier.ofErrors((t, m) -> errors.add(t + ": " + m)));
        List<Long> opened = new ArrayList<>();
        model.setOnOpenImage(opened::add);
        MapView[] view = new MapView[1];
        robot.interact(() -> {
            view[0] = new MapView(model, executor);
            Scene scene = new Scene((Parent) view[0].node(), 1100, 720);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            model.projectOpened(Optional.of(new ProjectSession(store)));
        });
        robot.clickOn("#map-compute");
        waitUntil(() -> model.contentsProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        MapCanvas canvas = view[0].canvas();
        Node pane = canvas.node();
        robot.moveTo(onScreen(pane, canvas.screenX(3), canvas.screenY(3)));
        waitUntil(() -> robot.lookup("#map-hover").query().isVisible());

        Bounds b = pane.localToScreen(pane.getBoundsInLocal());
        robot.drag(new Point2D(b.getMinX() + 4, b.getMinY() + 4), MouseButton.PRIMARY)
                .moveTo(new Point2D(b.getMaxX() - 4, b.getMinY() + 4))
                .moveTo(new Point2D(b.getMaxX() - 4, b.getMaxY() - 4))
                .moveTo(new Point2D(b.getMinX() + 4, b.getMaxY() - 4))
                .drop();
        waitUntil(() -> model.selectionProperty().get().length == 24);

        robot.interact(() -> robot.lookup("#map-class").queryComboBox().getSelectionModel().select("cat"));
        robot.clickOn("#map-label-selection");
        waitUntil(() -> CurrentLabels.of(store).size() == 24);
        assertTrue(CurrentLabels.of(store).values().stream().allMatch("cat"::equals));
        WaitForAsyncUtils.waitForFxEvents();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(robot.capture(view[0].node())
                .getImage(), null), "png", java.nio.file.Path.of("target", "screenshots", "map-labelled.png").toFile());

        robot.clickOn("#map-undo");
        waitUntil(() -> CurrentLabels.of(store).isEmpty());

        // The sources offered are read again each time the map is shown: the map on screen stays.
        robot.interact(() -> model.sources().setAll(List.copyOf(model.sources())));
        assertTrue(model.contentsProperty().get().isPresent(), "the map is still there");

        robot.clickOn(onScreen(pane, canvas.screenX(5), canvas.screenY(5)));
        waitUntil(() -> opened.size() == 1);
        assertEquals(24, model.contentsProperty().get().orElseThrow().map().size());
        assertEquals(List.of(), errors);
    }

    private static Point2D onScreen(Node node, double x, double y) {
        return node.localToScreen(x, y);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
    }
}
