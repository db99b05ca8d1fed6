package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.training.GanSettings;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;

/** A GAN learns to draw the project's labelled images (of one class or all) in {@link GanRun}; it never resumes. */
final class GanStrategy implements RunStrategy {
    private final TrainingDataSource source;
    private final RunStore runs;

    GanStrategy(TrainingDataSource source, RunStore runs) {
        this.source = source;
        this.runs = runs;
    }

    @Override
    public void check(Architecture architecture, TrainingRequest request) {
        List<String> problems = GanRun.problems(architecture, request.gan(), source.classes());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
    }

    /** The settings go to the run's folder: the training thread and later screens read them there. */
    @Override
    public void recorded(TrainingRun run, TrainingRequest request) {
        try {
            runs.folder(run.id()).writeGanSettings(request.gan());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the GAN settings of the run: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<TrainingOutcome> train(RunJob job) throws IOException, InterruptedException {
        TrainingRun run = job.run();
        RunFolder folder = runs.folder(run.id());
        GanSettings settings = folder.readGanSettings().orElseThrow(() -> new IOException(
                "Run " + run.id() + " has no GAN settings in " + folder.ganSettings() + "."));
        TrainingTensors data = ImagePreparation.prepare(job, (progress, cancellation) ->
                source.prepareGan(job.architecture(), settings, run.config(), progress, cancellation));
        ImagePreparation.record(source, runs, run, data);
        if (job.control().isStopRequested()) {
            return Optional.empty();
        }
        return Optional.of(GanRun.run(new GanRun.Job(run.id(), job.architecture(), run.config(), settings, folder,
                data, job.control(), job.listener(), RunRecorder.of(runs, run.id()))));
    }

    /** A classifier's warnings (classes missing from validation or test) mean nothing to a GAN. */
    @Override
    public List<String> warnings(Architecture architecture) {
        return List.of();
    }
}
