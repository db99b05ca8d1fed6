package org.whiskerstudio.ui.shell;

import org.whiskerstudio.ui.deploy.DeployServiceFactory;
import org.whiskerstudio.ui.evaluation.EvaluationServiceFactory;
import org.whiskerstudio.ui.evaluation.MistakeScoringFactory;
import org.whiskerstudio.ui.labelling.SuggestionServiceFactory;
import org.whiskerstudio.ui.training.TrainingServiceFactory;

/**
 * The engines the screens open for each project: the app passes DL4J's, tests pass the ones they need and leave the
 * rest unavailable (the screen then says it cannot train, predict, ...). One value instead of a constructor per
 * engine, so a new engine is one more component with its default.
 */
public record ShellServices(TrainingServiceFactory training, DeployServiceFactory deploy,
                            EvaluationServiceFactory evaluation, MistakeScoringFactory mistakes,
                            SuggestionServiceFactory suggestions) {
    /** No engine: a studio that labels and edits only. */
    public static final ShellServices NONE = new ShellServices(TrainingServiceFactory.UNAVAILABLE,
            DeployServiceFactory.UNAVAILABLE, EvaluationServiceFactory.UNAVAILABLE, MistakeScoringFactory.UNAVAILABLE,
            SuggestionServiceFactory.UNAVAILABLE);

    public ShellServices withTraining(TrainingServiceFactory next) {
        return new ShellServices(next, deploy, evaluation, mistakes, suggestions);
    }

    public ShellServices withDeploy(DeployServiceFactory next) {
        return new ShellServices(training, next, evaluation, mistakes, suggestions);
    }

    public ShellServices withEvaluation(EvaluationServiceFactory next) {
        return new ShellServices(training, deploy, next, mistakes, suggestions);
    }

    public ShellServices withMistakes(MistakeScoringFactory next) {
        return new ShellServices(training, deploy, evaluation, next, suggestions);
    }

    public ShellServices withSuggestions(SuggestionServiceFactory next) {
        return new ShellServices(training, deploy, evaluation, mistakes, next);
    }
}
