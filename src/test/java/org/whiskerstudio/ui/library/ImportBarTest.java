package org.whiskerstudio.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImportRequest;

/** The import bar of the Data screen while an import runs: its Cancel button does not move as the text changes. */
@ExtendWith(ApplicationExtension.class)
class ImportBarTest {
    /** Background work is held (never run): the import stays "running" for as long as the test looks at it. */
    private static final TaskExecutor HELD = new TaskExecutor() {
        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }

        @Override
        public void close() {
        }
    };

    private LibraryViewModel model;
    private ProjectSession session;
    private Path folder;

    @Start
    void start(Stage stage) throws IOException {
        folder = Files.createTempDirectory("import-bar");
        session = new ProjectSession(ProjectStore.create(folder.resolve("project"), "p"));
        model = new LibraryViewModel(HELD);
        model.projectOpened(Optional.of(session));
        stage.setScene(new Scene((javafx.scene.Parent) new LibraryView(model, HELD).node(), 1024, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private double cancelX(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node cancel = robot.lookup("#import-cancel").query();
        assertTrue(cancel.isVisible());
        return cancel.localToScene(cancel.getBoundsInLocal()).getMinX();
    }

    @Test
    void cancelStaysWhereItIsWhileTheStatusTextChangesLength(FxRobot robot) {
        robot.interact(() -> model.startImport(ImportRequest.of(List.of(folder))));
        String before = robot.lookup("#import-status").queryAs(Label.class).getText();
        double x = cancelX(robot);

        robot.interact(model::cancelImport);

        assertNotEquals(before, robot.lookup("#import-status").queryAs(Label.class).getText());
        assertEquals(x, cancelX(robot), 0.5);
    }
}
