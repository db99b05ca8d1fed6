package org.whiskerstudio.ui.shell;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.map.Embedder;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.evaluation.EvaluationViewModel;
import org.whiskerstudio.ui.library.LibraryViewModel;
import org.whiskerstudio.ui.map.MapViewModel;

/**
 * The project maps of the Data screen and of Evaluate's Map tab, wired to the screens around them: a click opens the
 * example in Label, a selection shown in the grid goes to Data, Evaluate's map follows the run chosen there, and the
 * Data grid re-reads its labels after an edit on either map.
 */
final class ProjectMaps {
    private final LibraryViewModel library;
    private final MapViewModel onEvaluate;

    ProjectMaps(TaskExecutor executor, Notifier notifier, LibraryViewModel library, EvaluationViewModel evaluation,
                LongConsumer openInLabel, Consumer<PipelineStage> show) {
        this.library = library;
        this.onEvaluate = new MapViewModel(executor, notifier);
        onEvaluate.setOnOpenImage(openInLabel);
        onEvaluate.setAfterEdit(library::reload);
        onEvaluate.setOnShowInGrid(ids -> {
            library.showOnly(ids);
            show.accept(PipelineStage.DATA);
        });
        evaluation.runProperty().addListener((o, was, now) -> Optional.ofNullable(now)
                .ifPresent(run -> onEvaluate.useRun(run.id())));
    }

    void projectOpened(Optional<ProjectSession> now) {
        onEvaluate.projectOpened(now);
    }

    /**
     * The engines that place examples by a run's embedding layer ({@code runs}) and score them by an autoencoder run
     * ({@code scores}), for both maps.
     */
    void setEngine(LongFunction<Embedder> runs, LongFunction<Embedder> scores) {
        for (MapViewModel map : new MapViewModel[] {library.dataMap().map(), onEvaluate}) {
            map.setRunEngine(runs);
            map.setScoreEngine(scores);
        }
    }

    MapViewModel onEvaluate() {
        return onEvaluate;
    }
}
