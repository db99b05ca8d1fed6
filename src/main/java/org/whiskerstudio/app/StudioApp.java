package org.whiskerstudio.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.whiskerstudio.ui.shell.ShellView;
import org.whiskerstudio.ui.shell.ShellViewModel;

/** The JavaFX application: themes the toolkit, builds the shell, restores the last session. */
public final class StudioApp extends Application {
    private static final Logger LOG = Logger.getLogger(StudioApp.class.getName());
    private AppContext context;
    private ShellViewModel shell;

    static void launchWith(String[] args) {
        Application.launch(StudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        context = AppContext.standard();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> LOG.log(Level.SEVERE, "Uncaught error in " + t.getName(), e));
        shell = new ShellViewModel(context.executor(), context.settings(), context.projectsDir(),
                context.trainingServices(), context.deployServices());
        ShellView view = new ShellView(shell, stage);
        view.show();
        List<String> args = getParameters().getUnnamed();
        Optional<Path> requested = args.isEmpty() ? Optional.empty() : Optional.of(Path.of(args.get(0)));
        shell.restoreSession(requested);
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.shutdown();
        }
        if (context != null) {
            context.close();
        }
        Platform.exit();
    }
}
