package org.whiskerstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.project.ReadOnlyProjects;
import org.whiskerstudio.testing.SmallDisk;

/** The main window shows the read-only banner under its menu while a project on a read-only disk is open. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyBannerViewTest {
    @TempDir
    static Path temp;
    private ShellHarness shell;
    private final List<String> errors = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        shell = ShellHarness.show(stage, Files.createTempDirectory(temp, "run")).collectErrorsIn(errors);
    }

    @AfterEach
    void tearDown() {
        shell.close();
    }

    @Test
    void theBannerSaysWhyAndGoesWithTheProject(FxRobot robot) throws Exception {
        Label banner = robot.lookup("#read-only-banner").queryAs(Label.class);
        assertFalse(banner.isVisible(), "no banner without a project");
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("share"), 2048)) {
            Path project = ReadOnlyProjects.make(disk);

            robot.interact(() -> shell.model().openProject(project));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shell.model().session().isPresent());
            WaitForAsyncUtils.waitForFxEvents();

            assertEquals(List.of(), errors);
            assertTrue(banner.isVisible());
            assertTrue(banner.getText().startsWith("This project is read-only: its folder " + project
                    + " is on a read-only disk."), banner.getText());
            robot.interact(() -> shell.model().closeProject());
            assertFalse(banner.isVisible());
        }
    }
}
