package org.whiskerstudio.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.common.PooledTaskExecutor;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.settings.SettingsStore;
import org.whiskerstudio.ui.shell.ShellView;
import org.whiskerstudio.ui.shell.ShellViewModel;
import org.whiskerstudio.ui.common.Notifier;

/**
 * The real main window shown on a test's stage, with its own pooled executor and settings under a run folder;
 * {@link #close} shuts both down after each test.
 */
public final class ShellHarness implements AutoCloseable {
    /** Makes the shell's view model; the tests differ in which services they plug in. */
    @FunctionalInterface
    public interface ModelFactory {
        ShellViewModel create(TaskExecutor executor, SettingsStore settings, Path projectsDir);
    }

    private final PooledTaskExecutor executor;
    private final ShellViewModel model;
    private final Path config;

    private ShellHarness(PooledTaskExecutor executor, ShellViewModel model, Path config) {
        this.executor = executor;
        this.model = model;
        this.config = config;
    }

    /** Shows the shell with no training or deploy service. */
    public static ShellHarness show(Stage stage, Path run) {
        return show(stage, run, ShellViewModel::new);
    }

    /** Shows the shell with settings in {@code run/config} and projects in {@code run/projects}. */
    public static ShellHarness show(Stage stage, Path run, ModelFactory factory) {
        PooledTaskExecutor executor = new PooledTaskExecutor(2, Platform::runLater);
        Path config = run.resolve("config");
        ShellViewModel model = factory.create(executor, new SettingsStore(config), run.resolve("projects"));
        new ShellView(model, stage).show();
        return new ShellHarness(executor, model, config);
    }

    public ShellViewModel model() {
        return model;
    }

    /** The settings folder, to check what the shell saved. */
    public Path config() {
        return config;
    }

    /** Sends the shell's error messages ("title: message") to {@code errors} instead of dialogs. */
    public ShellHarness collectErrorsIn(List<String> errors) {
        model.setNotifier(Notifier.ofErrors((title, message) -> errors.add(title + ": " + message)));
        return this;
    }

    @Override
    public void close() {
        WaitForAsyncUtils.asyncFx(model::shutdown);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }
}
