package org.whiskerstudio.ui.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.GanStep;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TextSample;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingService;
import org.whiskerstudio.training.TrainingSession;

/**
 * A training service whose runs are played by the test: {@link Live} emits what an engine would (start, steps,
 * epochs, status, the final row) on whatever thread calls it. With {@link #autoPlay} set, a whole run plays on a
 * thread of its own once {@code start} has returned, as an engine's training thread does. Keeps the history and
 * metrics it was told about.
 */
public final class ScriptedTrainingService implements TrainingService {
    public final List<TrainingRun> history = new ArrayList<>();
    public final Map<Long, List<EpochMetric>> epochMetrics = new HashMap<>();
    public final Map<Long, List<IterationMetric>> iterationMetrics = new HashMap<>();
    public final List<TrainingRequest> requests = new ArrayList<>();
    public final List<Long> deleted = new ArrayList<>();
    public final List<Long> resumed = new ArrayList<>();
    public List<String> warnings = List.of();
    /** Architectures that train as GANs, and the project's classes (a GAN can learn one). */
    public volatile Set<String> ganArchitectures = Set.of();
    /** Architectures that train as autoencoders. */
    public volatile Set<String> autoencoders = Set.of();
    /** Architectures that train as detectors. */
    public volatile Set<String> detectors = Set.of();
    /** Architectures that learn series or texts, where Resize means nothing. */
    public volatile Set<String> sequences = Set.of();
    public volatile List<String> classes = List.of();
    public final Map<Long, List<GanStep>> ganSteps = new HashMap<>();
    public volatile Consumer<Live> autoPlay;
    /** When set, {@code start} refuses with it, as an engine does for bad settings or missing data. */
    public volatile RuntimeException refuseStart;
    public volatile Live live;
    private long nextId = 1;

    @Override
    public synchronized TrainingSession start(TrainingRequest request, TrainingListener listener) {
        requests.add(request);
        if (refuseStart != null) {
            throw refuseStart;
        }
        TrainingRun row = row(nextId++, "Run " + (nextId - 1), request.architectureName(), request.config());
        history.add(0, row);
        return play(new Live(row, listener, 0));
    }

    @Override
    public synchronized TrainingSession resume(long runId, TrainingListener listener) {
        TrainingRun row = run(runId);
        if (!row.canResume()) {
            throw new IllegalArgumentException("Run " + runId + " cannot be resumed.");
        }
        resumed.add(runId);
        // As the engine does: the row says Running before resume returns.
        row = withStatus(row, RunStatus.RUNNING, "");
        replace(row);
        List<IterationMetric> steps = iterationMetrics.getOrDefault(runId, List.of());
        return play(new Live(row, listener, steps.isEmpty() ? 0 : steps.get(steps.size() - 1).iteration()));
    }

    private Live play(Live l) {
        live = l;
        Consumer<Live> script = autoPlay;
        if (script != null) {
            Thread training = new Thread(() -> script.accept(l), "scripted-training");
            training.setDaemon(true);
            training.start();
        }
        return l;
    }

    public synchronized TrainingRun run(long id) {
        return history.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Puts a past run in the history (newest first) with its epochs. */
    public synchronized TrainingRun addPast(String name, RunStatus status, int epochsDone, int epochs, double... valLoss) {
        long id = nextId++;
        TrainingRun r = new TrainingRun(id, name, "LeNet", status, "", Instant.EPOCH, Instant.EPOCH, 60_000, epochsDone,
                TrainingConfig.defaults().withEpochs(epochs), OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        history.add(0, r);
        List<EpochMetric> metrics = new ArrayList<>();
        List<IterationMetric> steps = new ArrayList<>();
        for (int e = 0; e < valLoss.length; e++) {
            metrics.add(new EpochMetric(e + 1, (e + 1) * 10L, valLoss[e] + 0.1, 0.5, valLoss[e], 0.6, 1e-3, 1000));
            for (int i = 1; i <= 10; i++) {
                steps.add(new IterationMetric(e + 1, e * 10L + i, valLoss[e] + 0.2, 500));
            }
        }
        epochMetrics.put(id, metrics);
        iterationMetrics.put(id, steps);
        return r;
    }

    @Override
    public ModelKind kindOf(String architectureName) {
        return ganArchitectures.contains(architectureName) ? ModelKind.GAN
                : autoencoders.contains(architectureName) ? ModelKind.AUTOENCODER
                : detectors.contains(architectureName) ? ModelKind.DETECTOR : ModelKind.CLASSIFIER;
    }

    @Override
    public boolean resizes(String architectureName) {
        return !sequences.contains(architectureName) && TrainingService.super.resizes(architectureName);
    }

    @Override
    public List<String> classNames() {
        return classes;
    }

    @Override
    public synchronized List<GanStep> ganSteps(long runId, int maxPoints) {
        return List.copyOf(ganSteps.getOrDefault(runId, List.of()));
    }

    @Override
    public List<String> dataWarnings(String architectureName) {
        return warnings;
    }

    @Override
    public synchronized List<TrainingRun> runs() {
        return List.copyOf(history);
    }

    @Override
    public synchronized List<EpochMetric> epochMetrics(long runId) {
        return List.copyOf(epochMetrics.getOrDefault(runId, List.of()));
    }

    @Override
    public synchronized List<IterationMetric> iterationMetrics(long runId, int maxPoints) {
        List<IterationMetric> all = iterationMetrics.getOrDefault(runId, List.of());
        return List.copyOf(all.subList(Math.max(0, all.size() - maxPoints), all.size()));
    }

    @Override
    public synchronized void delete(long runId) {
        Live l = live;
        if (l != null && l.row.id() == runId && !l.finished.isDone()) {
            throw new IllegalStateException("Run " + runId + " is training.");
        }
        deleted.add(runId);
        history.removeIf(r -> r.id() == runId);
    }

    private synchronized void replace(TrainingRun next) {
        history.replaceAll(r -> r.id() == next.id() ? next : r);
    }

    private static TrainingRun withStatus(TrainingRun r, RunStatus status, String message) {
        return new TrainingRun(r.id(), r.name(), r.architectureName(), status, message, r.createdAt(), r.updatedAt(),
                r.durationMillis(), r.epochsDone(), r.config(), r.bestEpoch(), r.bestValidationLoss(),
                r.bestValidationAccuracy());
    }

    private static TrainingRun row(long id, String name, String architecture, TrainingConfig config) {
        return new TrainingRun(id, name, architecture, RunStatus.RUNNING, "", Instant.EPOCH, Instant.EPOCH, 0, 0, config,
                OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** A run being played. */
    public final class Live implements TrainingSession {
        private final TrainingControl control = new TrainingControl();
        private final CompletableFuture<TrainingRun> finished = new CompletableFuture<>();
        private final TrainingListener listener;
        private TrainingRun row;
        private long iteration;
        private int epoch;
        private long perEpoch = 1;
        private double bestLoss = Double.NaN;

        Live(TrainingRun row, TrainingListener listener, long startIteration) {
            this.row = row;
            this.listener = listener;
            this.iteration = startIteration;
            this.epoch = row.epochsDone();
        }

        /** The engine's listener, for events this script has no helper for (a GAN's steps and samples). */
        public TrainingListener listener() {
            return listener;
        }

        public Live begin(long iterationsPerEpoch) {
            perEpoch = iterationsPerEpoch;
            listener.onPreparing(1, 1, "Building the tensor cache");
            listener.onStart(row.id(), row.config().epochs(), iterationsPerEpoch, iteration);
            listener.onStatus(RunStatus.RUNNING, "");
            return this;
        }

        /** {@code n} steps whose loss falls slowly, at 1,000 examples a second. */
        public Live steps(int n) {
            for (int i = 0; i < n; i++) {
                iteration++;
                step(2.0 / (1 + iteration * 0.01));
            }
            return this;
        }

        public Live step(double loss) {
            listener.onIteration(new IterationMetric((int) ((iteration - 1) / perEpoch) + 1, iteration, loss, 1000));
            synchronized (ScriptedTrainingService.this) {
                iterationMetrics.computeIfAbsent(row.id(), k -> new ArrayList<>())
                        .add(new IterationMetric(epoch + 1, iteration, loss, 1000));
            }
            return this;
        }

        public Live epoch(double trainLoss, double trainAccuracy, double validationLoss, double validationAccuracy) {
            epoch++;
            EpochMetric m = new EpochMetric(epoch, iteration, trainLoss, trainAccuracy, validationLoss, validationAccuracy,
                    1e-3, 1000);
            bestLoss = Double.isNaN(bestLoss) ? validationLoss : Math.min(bestLoss, validationLoss);
            synchronized (ScriptedTrainingService.this) {
                epochMetrics.computeIfAbsent(row.id(), k -> new ArrayList<>()).add(m);
                // As the engine does: the epoch is on the row before it is reported.
                row = new TrainingRun(row.id(), row.name(), row.architectureName(), row.status(), row.message(),
                        row.createdAt(), row.updatedAt(), row.durationMillis() + 1000, epoch, row.config(),
                        OptionalInt.of(epoch), OptionalDouble.of(bestLoss), OptionalDouble.of(validationAccuracy));
                replace(row);
            }
            listener.onEpoch(m);
            return this;
        }

        /** A character model's text sample after the current step. */
        public Live text(String text) {
            listener.onTextSample(new TextSample((int) Math.max(1, epoch), iteration,
                    "The ", text, 0.8));
            return this;
        }

        public Live status(RunStatus status, String message) {
            synchronized (ScriptedTrainingService.this) {
                row = withStatus(row, status, message);
                replace(row);
            }
            listener.onStatus(status, message);
            return this;
        }

        /** The final status: reported, written to the history and completing {@link #finished()}. */
        public TrainingRun end(RunStatus status, String message) {
            listener.onStatus(status, message);
            row = new TrainingRun(row.id(), row.name(), row.architectureName(), status, message, row.createdAt(),
                    Instant.EPOCH, row.durationMillis() + 5000, epoch, row.config(), OptionalInt.empty(),
                    Double.isNaN(bestLoss) ? OptionalDouble.empty() : OptionalDouble.of(bestLoss), OptionalDouble.of(0.9));
            replace(row);
            finished.complete(row);
            return row;
        }

        public void fail(RuntimeException e) {
            finished.completeExceptionally(e);
        }

        @Override
        public long runId() {
            return row.id();
        }

        @Override
        public TrainingControl control() {
            return control;
        }

        @Override
        public CompletionStage<TrainingRun> finished() {
            return finished;
        }
    }
}
