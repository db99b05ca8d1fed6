package org.whiskerstudio.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import org.whiskerstudio.common.PooledTaskExecutor;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.project.samples.SampleProjects;
import org.whiskerstudio.settings.SettingsStore;
import org.whiskerstudio.training.dl4j.Dl4jTrainingService;
import org.whiskerstudio.ui.training.TrainingServiceFactory;

/**
 * Hand-written wiring of the studio's long-lived services (no framework: it is small enough to read).
 *
 * @param trainingServices opens an open project's training service; DL4J's, made once per opened project
 */
public record AppContext(TaskExecutor executor, SettingsStore settings, Path projectsDir,
                         TrainingServiceFactory trainingServices) implements AutoCloseable {

    /** The production wiring: a two-thread pool whose results return on the FX thread. */
    public static AppContext standard() {
        return new AppContext(new PooledTaskExecutor(2, Platform::runLater),
                new SettingsStore(SettingsStore.defaultConfigDir()), SampleProjects.defaultProjectsDir(),
                session -> Optional.of(Dl4jTrainingService.forSession(session)));
    }

    @Override
    public void close() {
        executor.close();
    }
}
