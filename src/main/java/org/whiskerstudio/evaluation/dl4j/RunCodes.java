package org.whiskerstudio.evaluation.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.ClassificationData;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.evaluation.NormalCodes;
import org.whiskerstudio.evaluation.RunThreshold;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.NormalClass;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.dl4j.AutoencoderCodes;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * An autoencoder run's reference codes: the codes of its normal training examples (the normal class's training
 * part, or the whole training part when it learnt every example), computed by its model through {@link CachedScoring}
 * and kept in the run's folder as {@link NormalCodes#FILE}, so Evaluate, the map, Deploy and bundles score alike and
 * only the first of them pays. The file is stamped with the SHA-256 of the model file that made it: a run trained
 * further computes them again. Relabelling does not: like the weights, the reference is part of what the run learnt,
 * and keeping it keeps saved scores, the map's cache and bundles in agreement. A damaged or foreign file is computed
 * again, never trusted.
 */
public final class RunCodes {
    private RunCodes() {
    }

    /** The run's scorer by code distance; empty when cancelled. */
    public static Optional<AnomalyScorer> scorer(ProjectStore store, OpenedRun run, TrainedModel model,
                                                 Progress progress, Cancellation cancellation) throws IOException {
        return of(store, run, model, progress, cancellation)
                .map(codes -> AnomalyScorer.byCodeDistance(model, codes.neighbours()));
    }

    /**
     * The kept codes when they were made by the run's current model, else computed now and kept.
     *
     * @return empty when cancelled
     * @throws IOException when the run has no normal training example to compare with
     */
    public static Optional<NormalCodes> of(ProjectStore store, OpenedRun run, TrainedModel model, Progress progress,
                                           Cancellation cancellation) throws IOException {
        Path file = file(run);
        String stamp = Hashes.sha256Hex(TrainedModel.modelFile(run.folder()));
        Optional<NormalCodes> kept = kept(file, stamp, model);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<NormalCodes> computed = compute(store, run, model, stamp, progress, cancellation);
        if (computed.isPresent()) {
            try {
                computed.get().write(file);
            } catch (IOException e) {
                // A project on a read-only disk keeps no cache: the codes serve this scoring only.
            }
        }
        return computed;
    }

    /** Where a run keeps them. */
    public static Path file(OpenedRun run) {
        return run.folder().root().resolve(NormalCodes.FILE);
    }

    private static Optional<NormalCodes> kept(Path file, String stamp, TrainedModel model) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            NormalCodes codes = NormalCodes.read(file, file.getFileName().toString());
            boolean current = codes.modelSha256().equals(stamp)
                    && codes.dimensions() == AutoencoderCodes.dimensions(model);
            return current ? Optional.of(codes) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<NormalCodes> compute(ProjectStore store, OpenedRun run, TrainedModel model, String stamp,
                                                 Progress progress, Cancellation cancellation) throws IOException {
        NormalClass normal = run.folder().readNormalClass().orElse(NormalClass.ALL);
        ClassificationData data = RunThreshold.examples(store, normal);
        List<ClassificationData.Example> examples = data.part(Subset.TRAIN).stream()
                .filter(e -> normal.isNormal(data.className(e))).toList();
        if (examples.isEmpty()) {
            throw new IOException("Run " + run.id() + " cannot score by code distance: the project has no normal "
                    + "example" + (normal.name().isEmpty() ? "" : " of class " + normal.name())
                    + " in its training part to compare with.");
        }
        float[][] codes = new float[examples.size()][];
        Optional<List<String>> read = CachedScoring.run(model, store, examples.stream()
                        .map(e -> new CachedScoring.Example(e.imageId(), e.sha256(), e.file())).toList(),
                "Reading the codes of the normal training examples:", progress, cancellation,
                records -> AutoencoderCodes.of(model, records), (index, code) -> codes[index] = code);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        // Examples the cache could not read have no code; the others are the reference.
        List<float[]> kept = new ArrayList<>(codes.length);
        for (float[] code : codes) {
            if (code != null) {
                kept.add(code);
            }
        }
        if (kept.isEmpty()) {
            throw new IOException("Run " + run.id() + " cannot score by code distance: none of its normal training "
                    + "examples could be read.");
        }
        return Optional.of(new NormalCodes(kept.toArray(float[][]::new), stamp));
    }
}
