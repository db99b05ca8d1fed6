package org.whiskerstudio.evaluation.dl4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.FileTrees;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.TensorCache;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * A model run over examples of a project in batches read from the tensor cache, as training read them (the cache is
 * built first for examples not yet in it). Shared by evaluation and by suggesting labels.
 */
public final class CachedScoring {
    private CachedScoring() {
    }

    /** One example to score. */
    public record Example(long imageId, String sha256, Path file) {
    }

    /** Receives each scored example with its class probabilities in the model's class order (or its row). */
    @FunctionalInterface
    public interface Scored {
        void accept(int index, float[] probabilities);
    }

    /**
     * Scores {@code examples}, calling {@code scored} with each one's index in the list; examples that cannot be read
     * are skipped and named in the returned notes. Empty when cancelled.
     *
     * @param verb what the progress line says is happening ("Evaluating", "Suggesting")
     */
    public static Optional<List<String>> run(TrainedModel model, ProjectStore source, List<Example> examples,
                                             String verb, Progress progress, Cancellation cancellation,
                                             Scored scored) {
        return run(model, source, examples, verb, progress, cancellation, model::predictPixels, scored);
    }

    /**
     * The same with another answer per batch of records than the class probabilities (a layer's activations for the
     * project map, an autoencoder's one anomaly score per example): {@code forward} gets a batch's records and
     * returns one row each.
     */
    public static Optional<List<String>> run(TrainedModel model, ProjectStore source, List<Example> examples,
                                             String verb, Progress progress, Cancellation cancellation,
                                             Function<List<byte[]>, float[][]> forward, Scored scored) {
        if (source.readOnlyFolder().isEmpty()) {
            return score(TensorCache.open(source.layout(), model.preprocessing()), model, examples, verb, progress,
                    cancellation, forward, scored);
        }
        // A project on a read-only disk keeps no cache: this scoring's records live in a scratch folder until it ends.
        Path scratch;
        try {
            scratch = Files.createTempDirectory("whisker-tensors-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a scratch folder to score the read-only project: "
                    + e.getMessage(), e);
        }
        try {
            return score(TensorCache.open(scratch, model.preprocessing()), model, examples, verb, progress,
                    cancellation, forward, scored);
        } finally {
            try {
                FileTrees.delete(scratch);
            } catch (IOException e) {
                // Left in the system's temporary folder, which the system clears.
            }
        }
    }

    private static Optional<List<String>> score(TensorCache cache, TrainedModel model, List<Example> examples,
                                                String verb, Progress progress, Cancellation cancellation,
                                                Function<List<byte[]>, float[][]> forward, Scored scored) {
        TensorCache.BuildReport build = cache.build(examples.stream().map(e -> new TensorCache.Item(e.sha256(), e.file()))
                .toList(), Math.max(1, Runtime.getRuntime().availableProcessors()), progress, cancellation);
        if (build.cancelled() || cancellation.isCancelled()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        build.problems().forEach(p -> notes.add(p.source() + " left out: " + p.reason()));
        int size = model.preprocessing().recordBytes();
        String noun = noun(model.preprocessing().encoding().kind(), 2);
        for (int start = 0; start < examples.size(); start += Evaluator.BATCH) {
            if (cancellation.isCancelled()) {
                return Optional.empty();
            }
            int end = Math.min(examples.size(), start + Evaluator.BATCH);
            List<Integer> batch = new ArrayList<>(end - start);
            List<byte[]> records = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                OptionalInt slot = cache.slot(examples.get(i).sha256());
                if (slot.isPresent()) {
                    byte[] bytes = new byte[size];
                    cache.read(slot.getAsInt(), bytes, 0);
                    records.add(bytes);
                    batch.add(i);
                }
            }
            float[][] probabilities = forward.apply(records);
            for (int i = 0; i < batch.size(); i++) {
                scored.accept(batch.get(i), probabilities[i]);
            }
            progress.update(end, examples.size(), verb + " " + end + " of " + examples.size() + " " + noun + "...");
        }
        return Optional.of(notes);
    }

    /** The note for examples of a kind the model does not read, said once per kind rather than per file. */
    public static String otherKindNote(MediaKind kind, int count, MediaKind reads) {
        return count + " " + noun(kind, count) + " left out: the model reads " + noun(reads, 2) + ".";
    }

    static String noun(MediaKind kind, int count) {
        String one = switch (kind) {
            case IMAGE -> "image";
            case SERIES -> "series";
            case TEXT -> "text";
        };
        return count == 1 || kind == MediaKind.SERIES ? one : one + "s";
    }
}
