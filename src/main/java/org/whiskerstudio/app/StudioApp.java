package org.whiskerstudio.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.whiskerstudio.evaluation.dl4j.AnomalyEvaluator;
import org.whiskerstudio.map.dl4j.RunActivations;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.ui.shell.ShellView;
import org.whiskerstudio.ui.shell.ShellServices;
import org.whiskerstudio.ui.shell.ShellViewModel;

/** The JavaFX application: themes the toolkit, builds the shell, restores the last session. */
public final class StudioApp extends Application {
    private static final Logger LOG = Logger.getLogger(StudioApp.class.getName());
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};
    /** Set by {@code -Dwhisker.test.crash=fx}: throws on the FX thread once the window is up (installer/check.sh). */
    private static final String CRASH_TEST = "whisker.test.crash";
    private static volatile boolean measureStartup;
    private AppContext context;
    private ShellViewModel shell;
    private final AtomicBoolean stopped = new AtomicBoolean();

    static void launchWith(String[] args, boolean measureOnly) {
        measureStartup = measureOnly;
        Application.launch(StudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        CrashDialog.toolkitStarted();
        StartupClock.mark("toolkit");
        try {
            stage.getIcons().setAll(icons());
            context = AppContext.standard();
            shell = new ShellViewModel(context.executor(), context.settings(), context.projectsDir(),
                    new ShellServices(context.trainingServices(), context.deployServices(), context.evaluationServices(),
                            context.mistakeScorings(), context.suggestionServices()));
            shell.setMapEngine(RunActivations::new, RunActivations::anomalyScores);
            shell.detection().setAccess(new ProjectDetectors());
            shell.setAnomalyEngine(AnomalyEvaluator::evaluate);
            StartupClock.mark("models");
            // The host services hand a folder's URI to the desktop (xdg-open on Linux), which shows it in its file manager.
            ShellView view = new ShellView(shell, stage,
                    folder -> getHostServices().showDocument(folder.toUri().toString()));
            StartupClock.mark("views");
            view.show();
            StartupClock.mark("shown");
            closeOnTermination();
            reportStartupOnFirstFrame(stage.getScene());
            List<String> args = getParameters().getUnnamed();
            if (!measureStartup) {
                shell.restoreSession(args.isEmpty() ? Optional.empty() : Optional.of(Path.of(args.get(0))));
            }
            // The very first start (no project asked for, none reopened) offers the tour; skipping it is remembered.
            if (args.isEmpty() && shell.offerTourAtStart()) {
                shell.tour().start();
            }
            if ("fx".equals(System.getProperty(CRASH_TEST))) {
                Platform.runLater(() -> {
                    throw new IllegalStateException("A test of the error dialog (-D" + CRASH_TEST + "=fx)");
                });
            }
        } catch (RuntimeException | Error e) {
            // Without this the toolkit prints a stack trace and the window never appears.
            LOG.log(Level.SEVERE, "The studio could not start", e);
            CrashDialog.showAndWait(CrashHandler.message(e, AppLog.current()));
            Platform.exit();
        }
    }

    /** The window and task bar icon, in the sizes window managers pick from. */
    static List<Image> icons() {
        List<Image> images = new ArrayList<>();
        for (int size : ICON_SIZES) {
            try (InputStream in = StudioApp.class.getResourceAsStream("icons/whisker-studio-" + size + ".png")) {
                if (in != null) {
                    images.add(new Image(in));
                }
            } catch (IOException e) {
                LOG.fine("No " + size + " px icon: " + e);
            }
        }
        return images;
    }

    /** Logs (and with --startup-time prints, then quits) the time from process start to the first drawn frame. */
    private void reportStartupOnFirstFrame(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> Platform.runLater(() -> {
            if (listener[0] == null) {
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            listener[0] = null;
            String line = "Startup: " + StartupClock.report(System.currentTimeMillis());
            LOG.info(line);
            if (measureStartup) {
                System.out.println(line);
                Platform.exit();
            }
        });
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * A desktop that logs out, or a {@code kill}, ends the JVM without {@link #stop}: the open project would keep its
     * lock file and its last changes in the WAL (which a read-only copy then has to replay). This hook closes it. Not
     * through the FX thread: on SIGTERM the toolkit's loop has already stopped running what it is given. The session
     * closes its store once work in progress is done, and the store's close is synchronised.
     */
    private void closeOnTermination() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopped.compareAndSet(false, true)) {
                shell.session().ifPresent(ProjectSession::close);
                context.close();
            }
        }, "whisker-close-on-termination"));
    }

    @Override
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        if (shell != null) {
            shell.shutdown();
        }
        if (context != null) {
            context.close();
        }
        CrashDialog.toolkitStopped();
        LOG.info("Whisker Studio closed");
        Platform.exit();
    }
}
