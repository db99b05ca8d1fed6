package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;
import org.whiskerstudio.architecture.Agent;
import org.whiskerstudio.architecture.AgentEnvironment;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureRepository;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.AgentFiles;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.GanStep;
import org.whiskerstudio.training.GenerationService;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.MetricFiles;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.StartedFrom;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingService;
import org.whiskerstudio.training.TrainingSession;

/**
 * Training for one open project with DL4J: one run at a time on a daemon thread named "whisker-training", the data
 * prepared there by the plugged-in {@link TrainingDataSource}. Each model kind trains through its {@link RunStrategy}
 * (classifier, GAN, character model); start, pause, stop and the run's row work the same for all. Made when a project
 * is opened, it first marks runs that a killed app left RUNNING or PAUSED as INTERRUPTED.
 */
public final class Dl4jTrainingService implements TrainingService {
    static final String THREAD_NAME = "whisker-training";

    private final RunStore runs;
    private final ArchitectureRepository architectures;
    private final TrainingDataSource source;
    private final RunStrategies strategies;
    private final RunThread thread;
    private Session active;
    /** Brackets each run as work of the open project (see {@link #forSession}); always true without a session. */
    private final BooleanSupplier beginWork;
    private final Runnable endWork;
    private final Optional<GenerationService> generation;

    public Dl4jTrainingService(RunStore runs, ArchitectureRepository architectures, TrainingDataSource source) {
        this(runs, architectures, source, StartModels.NONE);
    }

    /** @param starts reads the models a run can start from (tests pass their own; the studio deploy's) */
    public Dl4jTrainingService(RunStore runs, ArchitectureRepository architectures, TrainingDataSource source,
                               StartModels starts) {
        this(runs, architectures, source, () -> true, () -> { }, Optional.empty(), starts);
    }

    private Dl4jTrainingService(RunStore runs, ArchitectureRepository architectures, TrainingDataSource source,
                                BooleanSupplier beginWork, Runnable endWork, Optional<GenerationService> generation,
                                StartModels starts) {
        this.generation = generation;
        this.runs = runs;
        this.architectures = architectures;
        this.source = source;
        this.strategies = new RunStrategies(source, runs, starts);
        this.thread = new RunThread(runs, strategies);
        this.beginWork = beginWork;
        this.endWork = endWork;
        runs.markInterrupted();
    }

    /** The service for an open project store (command line): its runs, architectures and labelled images. */
    public static Dl4jTrainingService forProject(ProjectStore store) {
        return forProject(store, StartModels.NONE);
    }

    /** The same, with runs that can start from the models {@code starts} reads. */
    public static Dl4jTrainingService forProject(ProjectStore store, StartModels starts) {
        return new Dl4jTrainingService(new RunStore(store), new ArchitectureStore(store), new ProjectDataSource(store),
                () -> true, () -> { }, Optional.of(new Dl4jGenerationService(store)), starts);
    }

    /**
     * The service for a project open in the studio: a run counts as the session's work, so closing the project
     * waits for the (stopped) run to write its last row before the store closes.
     */
    public static Dl4jTrainingService forSession(ProjectSession session) {
        return forSession(session, StartModels.NONE);
    }

    /** The same, with runs that can start from the models {@code starts} reads. */
    public static Dl4jTrainingService forSession(ProjectSession session, StartModels starts) {
        ProjectStore store = session.store();
        return new Dl4jTrainingService(new RunStore(store), new ArchitectureStore(store), new ProjectDataSource(store),
                session::beginWork, session::endWork, Optional.of(new Dl4jGenerationService(store)), starts);
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
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        Architecture architecture = architectures.load(request.architectureName()).orElseThrow(() ->
                new IllegalArgumentException("There is no architecture named \"" + request.architectureName()
                        + "\" in this project."));
        RunStrategy strategy = strategies.of(architecture.kind());
        if (request.from().fromModel() && !strategy.startsFromModels()) {
            throw new IllegalArgumentException("Only a classifier can start from another model; \""
                    + architecture.name() + "\" is a " + architecture.kind().label() + ".");
        }
        strategy.check(architecture, request);
        synchronized (this) {
            requireIdle();
            String name = request.runName().isBlank() ? runs.defaultName(architecture.name()) : request.runName().strip();
            TrainingRun run = runs.create(name, architecture, request.config(), EngineInfo.provenance("not prepared yet"));
            try {
                strategy.recorded(run, request);
            } catch (RuntimeException e) {
                runs.delete(run.id());
                throw e;
            }
            return launch(new RunJob(run, architecture, new TrainingControl(), listener, false, request.from(),
                    request.freezeEpochs()));
        }
    }

    @Override
    public TrainingSession resume(long runId, TrainingListener listener) {
        TrainingRun run = runs.get(runId).orElseThrow(() -> new IllegalArgumentException("There is no run " + runId + "."));
        if (!run.canResume()) {
            throw new IllegalArgumentException("Run \"" + run.name() + "\" cannot be resumed: it is "
                    + run.status().label().toLowerCase(Locale.ROOT) + " after " + run.epochsDone() + " of "
                    + run.config().epochs() + " epochs.");
        }
        Architecture architecture = runs.architecture(runId).orElseThrow();
        synchronized (this) {
            requireIdle();
            runs.setStatus(runId, RunStatus.RUNNING, "");
            return launch(new RunJob(run, architecture, new TrainingControl(), listener, true));
        }
    }

    private void requireIdle() {
        if (active != null) {
            throw new IllegalStateException("Run " + active.runId() + " is still going: stop it first.");
        }
    }

    private Session launch(RunJob job) {
        TrainingRun run = job.run();
        if (!beginWork.getAsBoolean()) {
            runs.setStatus(run.id(), RunStatus.STOPPED, "The project was closing.");
            throw new IllegalStateException("The project is closing.");
        }
        Session session = new Session(run.id(), job.control(), new CompletableFuture<>());
        active = session;
        thread.start(THREAD_NAME, job, session.done(), this::idle, endWork);
        return session;
    }

    private synchronized void idle() {
        active = null;
    }

    @Override
    public List<String> dataWarnings(String architectureName) {
        return architectures.load(architectureName).map(a -> strategies.of(a.kind()).warnings(a))
                .orElse(List.of("There is no architecture named \"" + architectureName + "\" in this project."));
    }

    @Override
    public List<TrainingRun> runs() {
        return runs.list();
    }

    @Override
    public List<EpochMetric> epochMetrics(long runId) {
        return readFolder(runId, "epochs", MetricFiles::epochs);
    }

    @Override
    public List<IterationMetric> iterationMetrics(long runId, int maxPoints) {
        return readFolder(runId, "steps", folder -> MetricFiles.iterations(folder, maxPoints));
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
        // Flips, rotations and shifts change pictures; a GAN ignores them, and a character model's steps would be
        // garbled (the data pipeline turns them off there too).
        return architectures.load(architectureName).map(a -> strategies.of(a.kind()).augments()).orElse(false);
    }

    @Override
    public boolean resizes(String architectureName) {
        return TrainingService.super.resizes(architectureName) && source.mediaKind() == MediaKind.IMAGE;
    }

    @Override
    public List<String> classNames() {
        return source.classes();
    }

    @Override
    public List<GanStep> ganSteps(long runId, int maxPoints) {
        return readFolder(runId, "steps", folder -> MetricFiles.ganSteps(folder, maxPoints));
    }

    @Override
    public Optional<AgentEnvironment> agentEnvironment(String architectureName) {
        return architectures.load(architectureName).flatMap(a -> Agent.environmentOf(a.network()));
    }

    @Override
    public List<EpisodeReport> lastEpisodes(long runId, int count) {
        return readFolder(runId, "episodes", folder -> new AgentFiles(folder).lastEpisodes(count));
    }

    @Override
    public Optional<StartedFrom> startOf(long runId) {
        return runs.provenance(runId).map(Provenance::start).filter(s -> !s.fresh());
    }

    /** A read of a run's metric files. */
    @FunctionalInterface
    private interface FolderRead<T> {
        T read(RunFolder folder) throws IOException;
    }

    private <T> T readFolder(long runId, String what, FolderRead<T> read) {
        try {
            return read.read(runs.folder(runId));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + what + " of run " + runId + ": " + e.getMessage(), e);
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
