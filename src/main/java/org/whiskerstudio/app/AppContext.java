package org.whiskerstudio.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import org.whiskerstudio.common.PooledTaskExecutor;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.samples.SampleProjects;
import org.whiskerstudio.settings.SettingsStore;
import org.whiskerstudio.deploy.dl4j.Dl4jDeployService;
import org.whiskerstudio.deploy.dl4j.TrustedStarts;
import org.whiskerstudio.evaluation.dl4j.Evaluator;
import org.whiskerstudio.suggest.dl4j.MistakeScanner;
import org.whiskerstudio.suggest.dl4j.Suggester;
import org.whiskerstudio.training.dl4j.Dl4jTrainingService;
import org.whiskerstudio.ui.deploy.DeployServiceFactory;
import org.whiskerstudio.ui.evaluation.EvaluationServiceFactory;
import org.whiskerstudio.ui.evaluation.MistakeScoringFactory;
import org.whiskerstudio.ui.labelling.SuggestionServiceFactory;
import org.whiskerstudio.ui.training.TrainingServiceFactory;

/**
 * Hand-written wiring of the studio's long-lived services (no framework: it is small enough to read).
 *
 * @param trainingServices opens an open project's training service; DL4J's, made once per opened project
 * @param deployServices   opens an open project's deploy service (prediction, bundles); DL4J's
 * @param evaluationServices opens an open project's evaluation engine; DL4J's
 * @param mistakeScorings  opens an open project's engine for possible label mistakes; DL4J's
 * @param suggestionServices opens an open project's suggesting engine (the Label screen's Suggest); DL4J's
 */
public record AppContext(TaskExecutor executor, SettingsStore settings, Path projectsDir,
                         TrainingServiceFactory trainingServices, DeployServiceFactory deployServices,
                         EvaluationServiceFactory evaluationServices, MistakeScoringFactory mistakeScorings,
                         SuggestionServiceFactory suggestionServices)
        implements AutoCloseable {

    /** The production wiring: a two-thread pool whose results return on the FX thread. */
    public static AppContext standard() {
        return new AppContext(new PooledTaskExecutor(2, Platform::runLater),
                new SettingsStore(SettingsStore.defaultConfigDir()), SampleProjects.defaultProjectsDir(),
                session -> Optional.of(Dl4jTrainingService.forSession(session, new TrustedStarts(session.store()))),
                store -> Optional.of(new Dl4jDeployService(store)),
                store -> Optional.of(new Evaluator()),
                store -> Optional.of(new MistakeScanner()),
                store -> Optional.of(new Suggester()));
    }

    @Override
    public void close() {
        executor.close();
    }
}
