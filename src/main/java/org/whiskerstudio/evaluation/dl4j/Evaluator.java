package org.whiskerstudio.evaluation.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.ClassificationData;
import org.whiskerstudio.dataset.ClassificationDataReader;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.EvaluationData;
import org.whiskerstudio.evaluation.EvaluationService;
import org.whiskerstudio.evaluation.SavedEvaluations;
import org.whiskerstudio.evaluation.TestPartCurrency;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.NotAClassifier;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * Runs a run's model ({@link TrainedModel#ofRun}) over labelled images in batches read from the tensor cache, as
 * training read them, keeping each image's id for the gallery. Classes are matched by name; images of a class the
 * model does not know are left out and said so. A test-part evaluation is saved in the run's folder.
 */
public final class Evaluator implements EvaluationService {
    /** Images per forward pass. */
    public static final int BATCH = 64;

    /**
     * The run's evaluation on the test part for a model card.
     *
     * @param reused whether it is the evaluation saved in the run's folder, found current and taken as it was
     */
    public record TestPartResult(Evaluation evaluation, boolean reused) {
    }

    @Override
    public Optional<Evaluation> evaluate(ProjectStore store, long runId, EvaluationData data, Progress progress,
                                         Cancellation cancellation) throws IOException {
        OpenedRun run = new RunStore(store).open(runId);
        progress.update(0, -1, "Loading the model...");
        NotAClassifier.refuseNonClassifier(run.run());
        return evaluate(store, run, TrainedModel.ofRun(store, run), data, progress, cancellation);
    }

    /** The same for a run opened, and its model restored, by the caller. */
    public Optional<Evaluation> evaluate(ProjectStore store, OpenedRun run, TrainedModel model, EvaluationData data,
                                         Progress progress, Cancellation cancellation) throws IOException {
        if (data instanceof EvaluationData.OtherProject other) {
            if (!Files.isRegularFile(other.folder().resolve("project.db"))) {
                throw new IOException(other.folder() + " is not a Whisker Studio project (it has no project.db).");
            }
            try (ProjectStore source = ProjectStore.openReadOnly(other.folder())) {
                return Scoring.run(model, source, Scoring.Selection.of(model, allLabelled(source)), run,
                        "project " + other.folder(), progress, cancellation);
            }
        }
        List<EvaluationItem> items = testPart(store, new ClassificationDataReader(store).read());
        return scoreTestPart(store, run, model, Scoring.Selection.of(model, items), progress, cancellation);
    }

    /**
     * The run's test-part evaluation for its model card: the saved one while it is current
     * ({@link TestPartCurrency}), else scored now and saved, so the test part is scored once. Empty when the project
     * has no test part, when its classes are no longer the ones the run trained on (the card's score would not be
     * comparable), or when cancelled.
     */
    public Optional<TestPartResult> currentTestPart(ProjectStore store, OpenedRun run, TrainedModel model,
                                                    Progress progress, Cancellation cancellation) throws IOException {
        ClassificationData data = new ClassificationDataReader(store).read();
        List<EvaluationItem> items = testPart(store, data);
        if (items.isEmpty() || !data.classes().equals(model.classes())) {
            return Optional.empty();
        }
        Scoring.Selection selection = Scoring.Selection.of(model, items);
        Optional<Evaluation> saved = readSaved(run);
        Instant modelWritten = Files.getLastModifiedTime(TrainedModel.modelFile(run.folder())).toInstant();
        if (saved.isPresent() && TestPartCurrency.isCurrent(saved.get(), run.id(), model.classes(), modelWritten,
                selection.known().stream().map(EvaluationItem::member).toList())) {
            return Optional.of(new TestPartResult(saved.get(), true));
        }
        return scoreTestPart(store, run, model, selection, progress, cancellation)
                .map(e -> new TestPartResult(e, false));
    }

    private static Optional<Evaluation> readSaved(OpenedRun run) {
        try {
            return SavedEvaluations.readTest(run.folder());
        } catch (IOException e) {
            return Optional.empty(); // a damaged file is scored again and overwritten
        }
    }

    private static Optional<Evaluation> scoreTestPart(ProjectStore store, OpenedRun run, TrainedModel model,
                                                      Scoring.Selection selection, Progress progress,
                                                      Cancellation cancellation) throws IOException {
        Optional<Evaluation> result = Scoring.run(model, store, selection, run, TestPartCurrency.TEST_PART, progress,
                cancellation);
        // A run on a read-only disk is scored each time instead: its folder cannot keep the evaluation.
        if (result.isPresent() && store.readOnlyFolder().isEmpty()) {
            SavedEvaluations.writeTest(run.folder(), result.get());
        }
        return result;
    }

    private static List<EvaluationItem> testPart(ProjectStore store, ClassificationData data) {
        Map<Long, MediaKind> kinds = new HashMap<>();
        store.images(ImageQuery.ALL).forEach(a -> kinds.put(a.id(), MediaKind.of(a.format())));
        return data.part(Subset.TEST).stream()
                .map(e -> new EvaluationItem(e.imageId(), e.sha256(), e.file(), data.classes().get(e.classIndex()),
                        kinds.getOrDefault(e.imageId(), MediaKind.IMAGE))).toList();
    }

    /** Every image with exactly one class; reading it plans no split (the other project is only read). */
    private static List<EvaluationItem> allLabelled(ProjectStore store) {
        Map<Long, String> labels = CurrentLabels.of(store);
        List<EvaluationItem> items = new ArrayList<>();
        for (ImageAsset image : store.images(ImageQuery.ALL)) {
            String name = labels.get(image.id());
            if (name != null) {
                items.add(new EvaluationItem(image.id(), image.sha256(),
                        store.layout().resolveStored(image.storedPath()), name, MediaKind.of(image.format())));
            }
        }
        return items;
    }
}
