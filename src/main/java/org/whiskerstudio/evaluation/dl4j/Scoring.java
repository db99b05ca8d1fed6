package org.whiskerstudio.evaluation.dl4j;

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
import org.whiskerstudio.dataset.TensorCache;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.ScoredExample;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.dl4j.TrainedModel;

/** A model run over chosen items in batches read from the tensor cache, as training read them. */
final class Scoring {
    private Scoring() {
    }

    /** The items the model can score (its kind of data, a class it knows), and a note for each kind left out. */
    record Selection(List<EvaluationItem> known, List<String> notes) {
        static Selection of(TrainedModel model, List<EvaluationItem> items) {
            List<String> notes = new ArrayList<>();
            Map<String, Integer> unknown = new TreeMap<>();
            Map<MediaKind, Integer> otherKinds = new TreeMap<>();
            MediaKind reads = model.preprocessing().encoding().kind();
            List<EvaluationItem> known = new ArrayList<>();
            for (EvaluationItem item : items) {
                if (item.kind() != reads) {
                    // A project can hold images, series and texts; the model reads one kind (say so once, not per file).
                    otherKinds.merge(item.kind(), 1, Integer::sum);
                } else if (model.classes().contains(item.className())) {
                    known.add(item);
                } else {
                    unknown.merge(item.className(), 1, Integer::sum);
                }
            }
            otherKinds.forEach((kind, count) -> notes.add(count + " " + noun(kind, count) + " left out: the model reads "
                    + noun(reads, 2) + "."));
            unknown.forEach((name, count) -> notes.add(count + (count == 1 ? " image" : " images") + " of class \""
                    + name + "\" left out: the model does not know that class."));
            return new Selection(List.copyOf(known), notes);
        }
    }

    private static String noun(MediaKind kind, int count) {
        String one = switch (kind) {
            case IMAGE -> "image";
            case SERIES -> "series";
            case TEXT -> "text";
        };
        return count == 1 || kind == MediaKind.SERIES ? one : one + "s";
    }

    /** The evaluation of the selected items, or empty when cancelled. */
    static Optional<Evaluation> run(TrainedModel model, ProjectStore source, Selection selection, OpenedRun run,
                                    String dataName, Progress progress, Cancellation cancellation) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < model.classes().size(); i++) {
            index.put(model.classes().get(i), i);
        }
        List<EvaluationItem> known = selection.known();
        List<String> notes = new ArrayList<>(selection.notes());
        TensorCache cache = TensorCache.open(source.layout(), model.preprocessing());
        TensorCache.BuildReport build = cache.build(known.stream().map(i -> new TensorCache.Item(i.sha256(), i.file()))
                .toList(), Math.max(1, Runtime.getRuntime().availableProcessors()), progress, cancellation);
        if (build.cancelled() || cancellation.isCancelled()) {
            return Optional.empty();
        }
        build.problems().forEach(p -> notes.add(p.source() + " left out: " + p.reason()));
        List<ScoredExample> predictions = new ArrayList<>(known.size());
        int size = model.preprocessing().recordBytes();
        for (int start = 0; start < known.size(); start += Evaluator.BATCH) {
            if (cancellation.isCancelled()) {
                return Optional.empty();
            }
            List<EvaluationItem> batch = new ArrayList<>();
            List<byte[]> pixels = new ArrayList<>();
            for (EvaluationItem item : known.subList(start, Math.min(known.size(), start + Evaluator.BATCH))) {
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
                EvaluationItem item = batch.get(i);
                predictions.add(ScoredExample.of(item.imageId(), item.sha256(), index.get(item.className()),
                        probabilities[i]));
            }
            int done = Math.min(known.size(), start + Evaluator.BATCH);
            progress.update(done, known.size(), "Evaluating " + done + " of " + known.size() + " images...");
        }
        return Optional.of(new Evaluation(run.id(), run.name(), dataName, Instant.now().toString(), model.classes(),
                predictions, notes));
    }
}
