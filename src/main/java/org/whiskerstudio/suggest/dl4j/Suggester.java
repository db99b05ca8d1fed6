package org.whiskerstudio.suggest.dl4j;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.evaluation.dl4j.CachedScoring;
import org.whiskerstudio.suggest.Suggestion;
import org.whiskerstudio.suggest.SuggestionService;
import org.whiskerstudio.suggest.SuggestionStore;
import org.whiskerstudio.suggest.SuggestionSummary;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * Suggests labels with a classifier run: predicts every unlabelled example of the kind its model reads (images,
 * series or texts) in batches from the tensor cache and replaces the project's suggestions with these, in one
 * transaction once all are scored, so a cancelled round leaves the previous suggestions as they were. Runs on the
 * caller's thread: the caller (a task on the executor, or the CLI) chooses the thread.
 */
public final class Suggester implements SuggestionService {
    /** Suggests with run {@code runId}; empty when cancelled. */
    @Override
    public Optional<Outcome> suggest(ProjectStore store, long runId, Progress progress, Cancellation cancellation)
            throws IOException {
        OpenedRun run = new RunStore(store).open(runId);
        progress.update(0, -1, "Loading the model...");
        return suggest(store, run, TrainedModel.ofRun(store, run), progress, cancellation);
    }

    /** The same with a run opened, and its model restored, by the caller. */
    public Optional<Outcome> suggest(ProjectStore store, OpenedRun run, TrainedModel model, Progress progress,
                                     Cancellation cancellation) {
        MediaKind reads = model.preprocessing().encoding().kind();
        List<CachedScoring.Example> examples = new ArrayList<>();
        Map<MediaKind, Integer> otherKinds = new TreeMap<>();
        for (ImageAsset image : store.images(new ImageQuery(new ImageQuery.LabelFilter.Unlabelled(), ""))) {
            MediaKind kind = MediaKind.of(image.format());
            if (kind == reads) {
                examples.add(new CachedScoring.Example(image.id(), image.sha256(),
                        store.layout().resolveStored(image.storedPath())));
            } else {
                otherKinds.merge(kind, 1, Integer::sum);
            }
        }
        Instant now = Instant.now();
        List<Suggestion> suggestions = new ArrayList<>(examples.size());
        Optional<List<String>> read = CachedScoring.run(model, store, examples, "Suggesting", progress, cancellation,
                (i, probabilities) -> suggestions.add(Suggestion.of(examples.get(i).imageId(), run.id(),
                        model.classes(), probabilities, now)));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        new SuggestionStore(store).replaceAll(suggestions);
        List<String> notes = new ArrayList<>();
        otherKinds.forEach((kind, count) -> notes.add(CachedScoring.otherKindNote(kind, count, reads)));
        notes.addAll(read.get());
        return Optional.of(new Outcome(SuggestionSummary.of(run.id(), suggestions), notes));
    }
}
