package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.Issue;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;

/**
 * A classifier learns the project's labelled examples in {@link Dl4jTrainer}, from new weights or a start model's
 * ({@link RunStarts}, keeping its standardisation too); a resumed run keeps its input and its standardisation.
 */
final class ClassifierStrategy implements RunStrategy {
    private final TrainingDataSource source;
    private final RunStore runs;
    private final RunStarts starts;

    ClassifierStrategy(TrainingDataSource source, RunStore runs, StartModels models) {
        this.source = source;
        this.runs = runs;
        this.starts = new RunStarts(source, runs, models);
    }

    @Override
    public void check(Architecture architecture, TrainingRequest request) {
        List<String> classes = source.classes();
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("The project has no labelled images to train on.");
        }
        Analysis analysis = ShapeInference.analyse(architecture.network(), OptionalInt.of(classes.size()));
        if (!analysis.ok()) {
            throw new IllegalArgumentException("\"" + architecture.name() + "\" cannot train on this project: "
                    + analysis.issues().stream().map(Issue::message).collect(Collectors.joining("; ")));
        }
        starts.check(architecture, classes, request.config(), request.from());
    }

    @Override
    public boolean startsFromModels() {
        return true;
    }

    @Override
    public Optional<TrainingOutcome> train(RunJob job) throws IOException, InterruptedException {
        TrainingRun run = job.run();
        RunFolder folder = runs.folder(run.id());
        // A resumed run goes on with the input it started with, whatever was imported or labelled in between.
        Optional<Preprocessing> recorded = job.resume() ? folder.readPreprocessing() : Optional.empty();
        Optional<Normalisation> kept = job.resume() ? folder.readNormalisation() : starts.normalisation(job.from());
        TrainingTensors data = ImagePreparation.prepare(job, (progress, cancellation) -> prepare(job, recorded, kept,
                progress, cancellation));
        if (!job.resume()) {
            ImagePreparation.record(source, runs, run, data);
            if (source.preprocessing().isPresent()) {
                folder.writePreprocessing(source.preprocessing().get());
            }
        }
        if (job.control().isStopRequested()) {
            return Optional.empty();
        }
        RunStart start = job.resume() ? starts.forResume(run.id()) : starts.forNewRun(job, data.classes());
        try {
            return Optional.of(Dl4jTrainer.run(new Dl4jTrainer.Job(run.id(), job.architecture().network(),
                    run.config(), folder, data, job.control(), job.listener(), RunRecorder.of(runs, run.id()),
                    job.resume(), run.durationMillis(), start)));
        } finally {
            RunStarts.release(start);
        }
    }

    private TrainingTensors prepare(RunJob job, Optional<Preprocessing> recorded, Optional<Normalisation> kept,
                                    Progress progress, Cancellation cancellation) {
        TrainingConfig config = job.run().config();
        if (kept.isPresent()) {
            Preprocessing input = recorded.orElseGet(() -> source.preprocessingFor(job.architecture(), config));
            return source.prepare(job.architecture(), config, input, kept.get(), progress, cancellation);
        }
        return recorded.isPresent()
                ? source.prepare(job.architecture(), config, recorded.get(), progress, cancellation)
                : source.prepare(job.architecture(), config, progress, cancellation);
    }

    @Override
    public List<String> warnings(Architecture architecture) {
        return source.warnings(architecture);
    }

    /** Only pictures: a classifier of series or texts would have its steps garbled (the pipeline agrees). */
    @Override
    public boolean augments() {
        return source.mediaKind() == MediaKind.IMAGE;
    }
}
