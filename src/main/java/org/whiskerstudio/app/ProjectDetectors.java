package org.whiskerstudio.app;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.detection.BoxFinder;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.evaluation.dl4j.DetectorEvaluator;
import org.whiskerstudio.detection.DetectionResults;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.DetectorFiles;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.dl4j.DetectorModel;
import org.whiskerstudio.ui.detection.DetectionSet;
import org.whiskerstudio.ui.detection.DetectorAccess;
import org.whiskerstudio.ui.detection.DetectorRun;

/**
 * The screens' detectors from the project itself: its detector runs that finished at least one epoch, each run's
 * evaluation as {@code whisker evaluate} stored it ({@link DetectorFiles}), with the images' files found in the
 * project, and its trained {@link DetectorModel} with the thresholds kept in its folder.
 */
final class ProjectDetectors implements DetectorAccess {
    @Override
    public List<DetectorRun> runs(ProjectStore store) {
        return new RunStore(store).list().stream().filter(ProjectDetectors::finished)
                .map(r -> new DetectorRun(r.id(), r.name(), r.name() + " (run " + r.id() + ", " + r.epochsDone()
                        + (r.epochsDone() == 1 ? " epoch)" : " epochs)"))).toList();
    }

    /** A detector run with a model to use: completed, stopped or early-stopped after an epoch at least. */
    private static boolean finished(TrainingRun run) {
        return run.kind() == ModelKind.DETECTOR && run.epochsDone() > 0 && (run.status() == RunStatus.COMPLETED
                || run.status() == RunStatus.STOPPED || run.status() == RunStatus.EARLY_STOPPED);
    }

    @Override
    public Optional<DetectionSet> evaluation(ProjectStore store, long runId) throws IOException {
        RunStore runs = new RunStore(store);
        Optional<DetectionResults> stored = new DetectorFiles(runs.folder(runId)).readEvaluation();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, ImageAsset> images = store.images(ImageQuery.ALL).stream()
                .collect(Collectors.toMap(ImageAsset::id, Function.identity()));
        String name = runs.list().stream().filter(r -> r.id() == runId).map(TrainingRun::name).findFirst()
                .orElse("run " + runId);
        DetectionResults results = stored.get();
        // An image deleted since the evaluation keeps its boxes in the figures; only its picture is missing.
        List<DetectionSet.Image> shown = results.images().stream().map(i -> new DetectionSet.Image(i.imageId(),
                Optional.ofNullable(images.get(i.imageId())).map(a -> store.layout().resolveStored(a.storedPath())),
                i.width(), i.height(), i.result())).toList();
        return Optional.of(new DetectionSet(runId, name, results.classes(), results.settings().confidence(), shown,
                results.bestClassOnly()));
    }

    @Override
    public Optional<DetectionSet> evaluate(ProjectStore store, long runId, Progress progress,
                                           Cancellation cancellation) throws IOException {
        DetectionSettings kept = new DetectorFiles(new RunStore(store).folder(runId)).readSettings();
        if (DetectorEvaluator.evaluate(store, runId, kept, progress, cancellation).isEmpty()) {
            return Optional.empty();
        }
        return evaluation(store, runId);
    }

    @Override
    public BoxFinder finder(ProjectStore store, long runId) throws IOException {
        return DetectorModel.ofRun(store, runId);
    }

    @Override
    public Assist assist(ProjectStore store, long runId, double floor) throws IOException {
        DetectorModel model = DetectorModel.ofRun(store, runId);
        DetectionSettings kept = model.settings();
        return new Assist(model.with(new DetectionSettings(Math.min(floor, kept.confidence()), kept.nmsIou())),
                kept.confidence());
    }
}
