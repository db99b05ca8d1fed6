package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureRepository;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.CharacterModel;
import org.whiskerstudio.architecture.Issue;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.dl4j.TrainingData;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.GanSettings;
import org.whiskerstudio.training.GanStep;
import org.whiskerstudio.training.GenerationService;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.MetricFiles;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingService;
import org.whiskerstudio.training.TrainingSession;

/**
 * Training for one open project with DL4J: one run at a time on a daemon thread named "whisker-training", the data
 * prepared there by the plugged-in {@link TrainingDataSource}. A classifier trains in {@link Dl4jTrainer}, a GAN
 * architecture in {@link GanRun}; start, pause, stop and the run's row work the same for both. Made when a project is opened, it first marks runs
 * that a killed app left RUNNING or PAUSED as INTERRUPTED.
 */
public final class Dl4jTrainingService implements TrainingService {
    static final String THREAD_NAME = "whisker-training";

    private final RunStore runs;
    private final ArchitectureRepository architectures;
    private final TrainingDataSource source;
    private Session active;
    /** Brackets each run as work of the open project (see {@link #forSession}); always true without a session. */
    private final BooleanSupplier beginWork;
    private final Runnable endWork;
    private final Optional<GenerationService> generation;

    public Dl4jTrainingService(RunStore runs, ArchitectureRepository architectures, TrainingDataSource source) {
        this(runs, architectures, source, () -> true, () -> { }, Optional.empty());
    }

    private Dl4jTrainingService(RunStore runs, ArchitectureRepository architectures, TrainingDataSource source,
                                BooleanSupplier beginWork, Runnable endWork, Optional<GenerationService> generation) {
        this.generation = generation;
        this.runs = runs;
        this.architectures = architectures;
        this.source = source;
        this.beginWork = beginWork;
        this.endWork = endWork;
        runs.markInterrupted();
    }

    /** The service for an open project store (command line): its runs, architectures and labelled images. */
    public static Dl4jTrainingService forProject(ProjectStore store) {
        return new Dl4jTrainingService(new RunStore(store), new ArchitectureStore(store), new ProjectDataSource(store),
                () -> true, () -> { }, Optional.of(new Dl4jGenerationService(store)));
    }

    /**
     * The service for a project open in the studio: a run counts as the session's work, so closing the project
     * waits for the (stopped) run to write its last row before the store closes.
     */
    public static Dl4jTrainingService forSession(ProjectSession session) {
        ProjectStore store = session.store();
        return new Dl4jTrainingService(new RunStore(store), new ArchitectureStore(store), new ProjectDataSource(store),
                session::beginWork, session::endWork, Optional.of(new Dl4jGenerationService(store)));
    }

    private record Session(long runId, TrainingControl control, CompletableFuture<TrainingRun> done)
            implements TrainingSession {
        @Override
        public CompletionStage<TrainingRun> finished() {
            return done;
        }
    }

    @Override
    public TrainingSession start(TrainingRequest request, TrainingListener listener) {
        List<String> problems = request.config().problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        Architecture architecture = architectures.load(request.architectureName()).orElseThrow(() ->
                new IllegalArgumentException("There is no architecture named \"" + request.architectureName()
                        + "\" in this project."));
        if (CharacterModel.of(architecture.network()).isEmpty()) {
            checkTrainable(architecture, request);
        } else {
            CharacterRuns.check(source, architecture);
        }
        synchronized (this) {
            requireIdle();
            String name = request.runName().isBlank() ? runs.defaultName(architecture.name()) : request.runName().strip();
            TrainingRun run = runs.create(name, architecture, request.config(), EngineInfo.provenance("not prepared yet"));
            if ((architecture.kind() == ModelKind.GAN)) {
                writeGanSettings(run, request.gan());
            }
            return launch(run, architecture, listener, false);
        }
    }

    private void writeGanSettings(TrainingRun run, GanSettings settings) {
        try {
            runs.folder(run.id()).writeGanSettings(settings);
        } catch (IOException e) {
            runs.delete(run.id());
            throw new UncheckedIOException("Cannot write the GAN settings of the run: " + e.getMessage(), e);
        }
    }

    private void checkTrainable(Architecture architecture, TrainingRequest request) {
        if ((architecture.kind() == ModelKind.GAN)) {
            List<String> problems = GanRun.problems(architecture, request.gan(), source.classes());
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join(" ", problems));
            }
            return;
        }
        List<String> classes = source.classes();
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("The project has no labelled images to train on.");
        }
        Analysis analysis = ShapeInference.analyse(architecture.network(), OptionalInt.of(classes.size()));
        if (!analysis.ok()) {
            throw new IllegalArgumentException("\"" + architecture.name() + "\" cannot train on this project: "
                    + analysis.issues().stream().map(Issue::message).collect(Collectors.joining("; ")));
        }
    }

    @Override
    public TrainingSession resume(long runId, TrainingListener listener) {
        TrainingRun run = runs.get(runId).orElseThrow(() -> new IllegalArgumentException("There is no run " + runId + "."));
        if (!run.canResume()) {
            throw new IllegalArgumentException("Run \"" + run.name() + "\" cannot be resumed: it is "
                    + run.status().label().toLowerCase(java.util.Locale.ROOT) + " after " + run.epochsDone() + " of "
                    + run.config().epochs() + " epochs.");
        }
        Architecture architecture = runs.architecture(runId).orElseThrow();
        synchronized (this) {
            requireIdle();
            runs.setStatus(runId, RunStatus.RUNNING, "");
            return launch(run, architecture, listener, true);
        }
    }

    private void requireIdle() {
        if (active != null) {
            throw new IllegalStateException("Run " + active.runId() + " is still going: stop it first.");
        }
    }

    private Session launch(TrainingRun run, Architecture architecture, TrainingListener listener, boolean resume) {
        if (!beginWork.getAsBoolean()) {
            runs.setStatus(run.id(), RunStatus.STOPPED, "The project was closing.");
            throw new IllegalStateException("The project is closing.");
        }
        Session session = new Session(run.id(), new TrainingControl(), new CompletableFuture<>());
        active = session;
        Thread thread = new Thread(() -> {
            try {
                work(session, run, architecture, listener, resume);
            } finally {
                endWork.run();
            }
        }, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return session;
    }

    private void work(Session session, TrainingRun run, Architecture architecture, TrainingListener listener,
                      boolean resume) {
        TrainingOutcome outcome = null;
        String failure = "";
        try {
            outcome = CharacterModel.of(architecture.network()).isPresent()
                    ? CharacterRuns.train(source, runs, session.control(), run, architecture, listener, resume)
                    : trainOnImages(session, run, architecture, listener, resume);
        } catch (CancellationException e) {
            outcome = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "The training thread was interrupted.";
        } catch (RuntimeException | IOException | OutOfMemoryError e) {
            failure = failureMessage(e);
        }
        finish(session, run, listener, outcome, failure);
    }

    /** A classifier or a GAN, both fed from the project's images; null when stopped while the data was being prepared. */
    private TrainingOutcome trainOnImages(Session session, TrainingRun run, Architecture architecture,
                                          TrainingListener listener, boolean resume)
            throws IOException, InterruptedException {
        Cancellation cancellation = new Cancellation();
        // A stop while preparing reaches the data side through its progress calls.
        Progress progress = (done, total, message) -> {
            if (session.control().isStopRequested()) {
                cancellation.cancel();
            }
            listener.onPreparing(done, total, message);
        };
        RunFolder folder = runs.folder(run.id());
        Optional<GanSettings> gan = (architecture.kind() == ModelKind.GAN) ? folder.readGanSettings() : Optional.empty();
        // A resumed run goes on with the input it started with, whatever was imported in between.
        Optional<Preprocessing> recorded = resume && gan.isEmpty() ? folder.readPreprocessing() : Optional.empty();
        TrainingData data = gan.isPresent()
                ? source.prepareGan(architecture, gan.get(), run.config(), progress, cancellation)
                : recorded.isPresent() ? source.prepare(architecture, run.config(), recorded.get(), progress, cancellation)
                : source.prepare(architecture, run.config(), progress, cancellation);
        if (!resume) {
            runs.setProvenance(run.id(), EngineInfo.provenance(source.splitSummary(data)));
            folder.writeClasses(data.classes());
            source.writeSplit(folder.split());
            if (gan.isEmpty() && source.preprocessing().isPresent()) {
                folder.writePreprocessing(source.preprocessing().get());
            }
        }
        if (session.control().isStopRequested()) {
            return null;
        }
        RunRecorder recorder = RunRecorder.of(runs, run.id());
        return gan.isPresent()
                ? GanRun.run(new GanRun.Job(run.id(), architecture, run.config(), gan.get(), folder, data,
                        session.control(), listener, recorder))
                : Dl4jTrainer.run(new Dl4jTrainer.Job(run.id(), architecture.network(), run.config(), folder,
                        data, session.control(), listener, recorder, resume, run.durationMillis()));
    }

    private void finish(Session session, TrainingRun run, TrainingListener listener, TrainingOutcome outcome,
                        String failure) {
        try {
            RunStatus status;
            String message;
            if (outcome != null) {
                status = outcome.status();
                message = outcome.message();
                runs.setProgress(run.id(), outcome.progress());
            } else if (failure.isEmpty()) {
                status = RunStatus.STOPPED;
                message = "Stopped while the data was being prepared.";
            } else {
                status = RunStatus.FAILED;
                message = failure;
            }
            runs.setStatus(run.id(), status, message);
            synchronized (this) {
                active = null;
            }
            try {
                listener.onStatus(status, message);
            } finally {
                // A failing listener must not leave callers of finished() waiting forever.
                session.done().complete(runs.get(run.id()).orElseThrow());
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                active = null;
            }
            session.done().completeExceptionally(e);
        }
    }

    private static String failureMessage(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "Training ran out of memory: try a smaller batch size or a smaller network.";
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "Training failed: " + detail;
    }

    @Override
    public List<String> dataWarnings(String architectureName) {
        // A classifier's warnings (classes missing from validation or test) mean nothing to a GAN.
        return architectures.load(architectureName).map(a -> a.kind() == ModelKind.GAN ? List.<String>of() : source.warnings(a))
                .orElse(List.of("There is no architecture named \"" + architectureName + "\" in this project."));
    }

    @Override
    public List<TrainingRun> runs() {
        return runs.list();
    }

    @Override
    public List<EpochMetric> epochMetrics(long runId) {
        try {
            return MetricFiles.epochs(runs.folder(runId));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the epochs of run " + runId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<IterationMetric> iterationMetrics(long runId, int maxPoints) {
        try {
            return MetricFiles.iterations(runs.folder(runId), maxPoints);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the steps of run " + runId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<GenerationService> generation() {
        return generation;
    }

    @Override
    public ModelKind kindOf(String architectureName) {
        return architectures.load(architectureName).map(Architecture::kind).orElse(ModelKind.CLASSIFIER);
    }

    @Override
    public boolean augments(String architectureName) {
        // Flips, rotations and shifts change pictures; a GAN ignores them, and a character model or a classifier of
        // series or texts would have its steps garbled (the data pipeline turns them off there too).
        return architectures.load(architectureName)
                .filter(a -> a.kind() == ModelKind.CLASSIFIER)
                .isPresent() && source.mediaKind() == org.whiskerstudio.project.sequences.MediaKind.IMAGE;
    }

    @Override
    public List<String> classNames() {
        return source.classes();
    }

    @Override
    public List<GanStep> ganSteps(long runId, int maxPoints) {
        try {
            return MetricFiles.ganSteps(runs.folder(runId), maxPoints);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the steps of run " + runId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void delete(long runId) {
        if (active != null && active.runId() == runId) {
            throw new IllegalStateException("This run is still going: stop it before deleting it.");
        }
        runs.delete(runId);
    }
}
