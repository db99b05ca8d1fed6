package org.whiskerstudio.evaluation.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.ClassificationData;
import org.whiskerstudio.dataset.ClassificationDataReader;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.dataset.TensorCache;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.EvaluationData;
import org.whiskerstudio.evaluation.EvaluationService;
import org.whiskerstudio.evaluation.Prediction;
import org.whiskerstudio.evaluation.SavedEvaluations;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
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

    /** One labelled image to evaluate: {@code className} is its label in the evaluated project. */
    private record Item(long imageId, String sha256, java.nio.file.Path file, String className, MediaKind kind) {
    }

    @Override
    public Optional<Evaluation> evaluate(ProjectStore store, long runId, EvaluationData data, Progress progress,
                                         Cancellation cancellation) throws IOException {
        String runName = new RunStore(store).get(runId)
                .orElseThrow(() -> new IllegalArgumentException("There is no run " + runId + ".")).name();
        progress.update(0, -1, "Loading the model...");
        TrainedModel model = TrainedModel.ofRun(store, runId);
        Optional<Evaluation> result;
        if (data instanceof EvaluationData.OtherProject other) {
            if (!Files.isRegularFile(other.folder().resolve("project.db"))) {
                throw new IOException(other.folder() + " is not a Whisker Studio project (it has no project.db).");
            }
            try (ProjectStore source = ProjectStore.open(other.folder())) {
                result = run(model, source, allLabelled(source), runId, runName, "project " + other.folder(), progress,
                        cancellation);
            }
        } else {
            result = run(model, store, testPart(store), runId, runName, "the test part", progress, cancellation);
            if (result.isPresent()) {
                SavedEvaluations.writeTest(new RunStore(store).folder(runId), result.get());
            }
        }
        return result;
    }

    private static List<Item> testPart(ProjectStore store) {
        ClassificationData data = new ClassificationDataReader(store).read();
        Map<Long, MediaKind> kinds = new HashMap<>();
        store.images(ImageQuery.ALL).forEach(a -> kinds.put(a.id(), MediaKind.of(a.format())));
        return data.part(Subset.TEST).stream()
                .map(e -> new Item(e.imageId(), e.sha256(), e.file(), data.classes().get(e.classIndex()),
                        kinds.getOrDefault(e.imageId(), MediaKind.IMAGE))).toList();
    }

    /** Every image with exactly one class; reading it plans no split (the other project is only read). */
    private static List<Item> allLabelled(ProjectStore store) {
        Map<Long, String> labels = CurrentLabels.of(store);
        List<Item> items = new ArrayList<>();
        for (ImageAsset image : store.images(ImageQuery.ALL)) {
            String name = labels.get(image.id());
            if (name != null) {
                items.add(new Item(image.id(), image.sha256(), store.layout().resolveStored(image.storedPath()), name,
                        MediaKind.of(image.format())));
            }
        }
        return items;
    }

    private static String noun(MediaKind kind, int count) {
        String one = switch (kind) {
            case IMAGE -> "image";
            case SERIES -> "series";
            case TEXT -> "text";
        };
        return count == 1 || kind == MediaKind.SERIES ? one : one + "s";
    }

    private static Optional<Evaluation> run(TrainedModel model, ProjectStore source, List<Item> items, long runId,
                                            String runName, String dataName, Progress progress,
                                            Cancellation cancellation) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < model.classes().size(); i++) {
            index.put(model.classes().get(i), i);
        }
        List<String> notes = new ArrayList<>();
        Map<String, Integer> unknown = new TreeMap<>();
        Map<MediaKind, Integer> otherKinds = new TreeMap<>();
        MediaKind reads = model.preprocessing().encoding().kind();
        List<Item> known = new ArrayList<>();
        for (Item item : items) {
            if (item.kind() != reads) {
                // A project can hold images, series and texts; the model reads one kind (say so once, not per file).
                otherKinds.merge(item.kind(), 1, Integer::sum);
            } else if (index.containsKey(item.className())) {
                known.add(item);
            } else {
                unknown.merge(item.className(), 1, Integer::sum);
            }
        }
        otherKinds.forEach((kind, count) -> notes.add(count + " " + noun(kind, count) + " left out: the model reads "
                + noun(reads, 2) + "."));
        unknown.forEach((name, count) -> notes.add(count + (count == 1 ? " image" : " images") + " of class \"" + name
                + "\" left out: the model does not know that class."));
        TensorCache cache = TensorCache.open(source.layout(), model.preprocessing());
        TensorCache.BuildReport build = cache.build(known.stream().map(i -> new TensorCache.Item(i.sha256(), i.file()))
                .toList(), Math.max(1, Runtime.getRuntime().availableProcessors()), progress, cancellation);
        if (build.cancelled() || cancellation.isCancelled()) {
            return Optional.empty();
        }
        build.problems().forEach(p -> notes.add(p.source() + " left out: " + p.reason()));
        List<Prediction> predictions = new ArrayList<>(known.size());
        int size = model.preprocessing().recordBytes();
        for (int start = 0; start < known.size(); start += BATCH) {
            if (cancellation.isCancelled()) {
                return Optional.empty();
            }
            List<Item> batch = new ArrayList<>();
            List<byte[]> pixels = new ArrayList<>();
            for (Item item : known.subList(start, Math.min(known.size(), start + BATCH))) {
                OptionalInt slot = cache.slot(item.sha256());
                if (slot.isPresent()) {
                    byte[] bytes = new byte[size];
                    cache.read(slot.getAsInt(), bytes, 0);
                    pixels.add(bytes);
                    batch.add(item);
                }
            }
            float[][] probabilities = model.predictPixels(pixels);
            for (int i = 0; i < batch.size(); i++) {
                Item item = batch.get(i);
                predictions.add(Prediction.of(item.imageId(), item.sha256(), index.get(item.className()),
                        probabilities[i]));
            }
            progress.update(Math.min(known.size(), start + BATCH), known.size(), "Evaluating "
                    + Math.min(known.size(), start + BATCH) + " of " + known.size() + " images...");
        }
        return Optional.of(new Evaluation(runId, runName, dataName, Instant.now().toString(), model.classes(),
                predictions, notes));
    }
}
