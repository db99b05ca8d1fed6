package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.StartPlan;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.WeightSource;

/**
 * A classifier run's start: checked against the start model before the run is recorded, then (on the training thread,
 * the data prepared) the start model's weights read and what the run took from them recorded in its provenance. A
 * resumed run reads its weights from its checkpoint and only keeps its frozen epochs.
 */
final class RunStarts {
    private final TrainingDataSource source;
    private final RunStore runs;
    private final StartModels starts;

    RunStarts(TrainingDataSource source, RunStore runs, StartModels starts) {
        this.source = source;
        this.runs = runs;
        this.starts = starts;
    }

    /** @throws IllegalArgumentException when the start model cannot be read or does not fit, saying how */
    void check(Architecture architecture, List<String> classes, TrainingConfig config, WeightSource from) {
        if (!from.fromModel()) {
            return;
        }
        StartModel model;
        try {
            model = starts.describe(from);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot start from " + from.describe() + ": " + e.getMessage(), e);
        }
        StartPlan.of(model.side(), new StartPlan.Side(architecture.network(), classes,
                source.preprocessingFor(architecture, config)));
    }

    /**
     * The standardisation a new run keeps instead of fitting its own: its start model's, whose layers learned behind
     * it (refitted on a few new examples it would shift every input those layers see); empty for new weights.
     */
    Optional<Normalisation> normalisation(WeightSource from) throws IOException {
        return from.fromModel() ? Optional.of(starts.describe(from).normalisation()) : Optional.empty();
    }

    /**
     * A new run's start; the start model's weights go to a temporary file that {@link #release} deletes.
     *
     * @throws IllegalArgumentException when the start model no longer fits the run (changed since the check)
     */
    RunStart forNewRun(RunJob job, List<String> classes) throws IOException {
        if (!job.from().fromModel()) {
            return RunStart.FRESH;
        }
        Path zip = Files.createTempFile("whisker-start-", ".zip");
        try {
            StartModel model = starts.load(job.from(), zip);
            Architecture architecture = job.architecture();
            Preprocessing input = source.preprocessing()
                    .orElse(source.preprocessingFor(architecture, job.run().config()));
            StartPlan plan = StartPlan.of(model.side(), new StartPlan.Side(architecture.network(), classes, input));
            long id = job.run().id();
            Provenance provenance = runs.provenance(id).orElseThrow();
            runs.setProvenance(id, provenance.withStart(model.origin().with(plan, job.freezeEpochs())));
            return new RunStart(Optional.of(new RunStart.Weights(zip, model.architecture().network(), plan)),
                    job.freezeEpochs());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(zip);
            throw e;
        }
    }

    /** A resumed run: weights from its checkpoint, the frozen epochs its provenance recorded. */
    RunStart forResume(long runId) {
        return new RunStart(Optional.empty(), runs.provenance(runId).map(p -> p.start().frozenEpochs()).orElse(0));
    }

    /** Deletes a new run's copy of the start model's weights once its network has taken them. */
    static void release(RunStart start) throws IOException {
        if (start.weights().isPresent()) {
            Files.deleteIfExists(start.weights().get().zip());
        }
    }
}
