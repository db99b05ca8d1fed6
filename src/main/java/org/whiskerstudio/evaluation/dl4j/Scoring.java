package org.whiskerstudio.evaluation.dl4j;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.ScoredExample;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.dl4j.TrainedModel;

/** A model run over chosen labelled items ({@link CachedScoring}) into an evaluation. */
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
            otherKinds.forEach((kind, count) -> notes.add(CachedScoring.otherKindNote(kind, count, reads)));
            unknown.forEach((name, count) -> notes.add(count + (count == 1 ? " image" : " images") + " of class \""
                    + name + "\" left out: the model does not know that class."));
            return new Selection(List.copyOf(known), notes);
        }
    }

    /** The evaluation of the selected items, or empty when cancelled. */
    static Optional<Evaluation> run(TrainedModel model, ProjectStore source, Selection selection, OpenedRun run,
                                    String dataName, Progress progress, Cancellation cancellation) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < model.classes().size(); i++) {
            index.put(model.classes().get(i), i);
        }
        List<EvaluationItem> known = selection.known();
        List<ScoredExample> predictions = new ArrayList<>(known.size());
        Optional<List<String>> read = CachedScoring.run(model, source, known.stream()
                .map(i -> new CachedScoring.Example(i.imageId(), i.sha256(), i.file())).toList(), "Evaluating",
                progress, cancellation, (i, probabilities) -> {
                    EvaluationItem item = known.get(i);
                    predictions.add(ScoredExample.of(item.imageId(), item.sha256(), index.get(item.className()),
                            probabilities));
                });
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>(selection.notes());
        notes.addAll(read.get());
        return Optional.of(new Evaluation(run.id(), run.name(), dataName, Instant.now().toString(), model.classes(),
                predictions, notes));
    }
}
