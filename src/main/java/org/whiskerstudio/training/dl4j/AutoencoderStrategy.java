package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.Autoencoder;
import org.whiskerstudio.architecture.Issue;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.dataset.ExampleScope;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.training.NormalClass;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;

/**
 * An autoencoder learns to give back the project's examples (the labelled ones of its normal class, or all of them,
 * labels or not) in
 * {@link AutoencoderTrainer}; the normal class goes to the run's folder, and a resumed run keeps its input and
 * standardisation as a classifier does. A variational autoencoder's pixels are only scaled to [0, 1] (its Bernoulli
 * reconstruction needs them there), and it learns by its own loss ({@link VariationalNetwork}).
 */
final class AutoencoderStrategy implements RunStrategy {
    private final TrainingDataSource source;
    private final RunStore runs;

    AutoencoderStrategy(TrainingDataSource source, RunStore runs) {
        this.source = source;
        this.runs = runs;
    }

    @Override
    public void check(Architecture architecture, TrainingRequest request) {
        List<String> classes = source.classes();
        if (request.normal().learnedClass().isPresent() && classes.isEmpty()) {
            throw new IllegalArgumentException("The project has no labelled examples to learn a normal class from.");
        }
        Analysis analysis = ShapeInference.analyse(architecture.network());
        if (!analysis.ok()) {
            throw new IllegalArgumentException("\"" + architecture.name() + "\" cannot train on this project: "
                    + analysis.issues().stream().map(Issue::message).collect(Collectors.joining("; ")));
        }
        normalIndex(request.normal(), classes);
    }

    /** The normal class goes to the run's folder: the training thread, a resume and evaluation read it there. */
    @Override
    public void recorded(TrainingRun run, TrainingRequest request) {
        try {
            runs.folder(run.id()).writeNormalClass(request.normal());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the normal class of the run: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<TrainingOutcome> train(RunJob job) throws IOException, InterruptedException {
        TrainingRun run = job.run();
        RunFolder folder = runs.folder(run.id());
        NormalClass normal = folder.readNormalClass().orElse(NormalClass.ALL);
        TrainingDataSource scoped = sourceFor(normal);
        Optional<Preprocessing> recorded = job.resume() ? folder.readPreprocessing() : Optional.empty();
        Optional<Normalisation> kept = job.resume() ? folder.readNormalisation() : Optional.empty();
        boolean variational = Autoencoder.variational(job.architecture().network());
        TrainingTensors data = ImagePreparation.prepare(job, (progress, cancellation) -> {
            Preprocessing input = recorded.orElseGet(() -> scoped.preprocessingFor(job.architecture(), run.config()));
            // A variational autoencoder's Bernoulli pixels must stay in [0, 1]: scaled, never standardised.
            Optional<Normalisation> fixed = variational && kept.isEmpty()
                    ? Optional.of(Normalisation.identity(input.channels())) : kept;
            return fixed.isPresent()
                    ? scoped.prepare(job.architecture(), run.config(), input, fixed.get(), progress, cancellation)
                    : scoped.prepare(job.architecture(), run.config(), input, progress, cancellation);
        });
        if (!job.resume()) {
            ImagePreparation.record(scoped, runs, run, data);
            if (scoped.preprocessing().isPresent()) {
                folder.writePreprocessing(scoped.preprocessing().get());
            }
        }
        if (job.control().isStopRequested()) {
            return Optional.empty();
        }
        Autoencoder shape = Autoencoder.of(job.architecture().network()).orElseThrow();
        return Optional.of(AutoencoderTrainer.run(new Dl4jTrainer.Job(run.id(), job.architecture().network(),
                run.config(), folder, data, job.control(), job.listener(), RunRecorder.of(runs, run.id()),
                job.resume(), run.durationMillis()), shape, normalIndex(normal, data.classes()),
                scoped.seriesFeatures()));
    }

    /** One normal class is learned from its labelled examples; "all" from every example, labels or not. */
    private TrainingDataSource sourceFor(NormalClass normal) {
        return normal.scope() == ExampleScope.ALL ? source.withUnlabelled() : source;
    }

    /** @throws IllegalArgumentException when the normal class is not one of the project's */
    private static OptionalInt normalIndex(NormalClass normal, List<String> classes) {
        if (normal.learnedClass().isEmpty()) {
            return OptionalInt.empty();
        }
        int index = classes.indexOf(normal.name());
        if (index < 0) {
            throw new IllegalArgumentException("The normal class \"" + normal.name() + "\" is not a class of the "
                    + "project; it has " + String.join(", ", classes) + ".");
        }
        return OptionalInt.of(index);
    }

    /**
     * A classifier's warnings (few examples of a class in a part) matter here too: the parts hold normal examples.
     * They are those of all examples, the Train screen's default ("All images"), so a project without labels is
     * not told it needs two classes.
     */
    @Override
    public List<String> warnings(Architecture architecture) {
        return source.withUnlabelled().warnings(architecture);
    }
}
