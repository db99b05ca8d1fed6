package org.whiskerstudio.bench.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.DataProfile;
import org.whiskerstudio.architecture.ProjectTemplates;
import org.whiskerstudio.architecture.SequenceInputs;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.ArrayExamples;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.NormalisationFitter;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.dataset.dl4j.ExampleTrainingData;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.CheckpointState;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.dl4j.Dl4jTrainer;
import org.whiskerstudio.training.dl4j.TrainedModel;
import org.whiskerstudio.training.dl4j.TrainingOutcome;

/**
 * {@code whisker bench active}'s engine: simulated labelling. The studio's LeNet template learns from {@code start}
 * random labels; then each round every strategy "labels" {@code step} more of the pool (true labels standing in for
 * the person) and each strategy's model <em>continues</em> training on all its labels for {@code epochs} more epochs:
 * the studio's own trainer ({@link Dl4jTrainer}) resumes the strategy's run folder from its last checkpoint (weights
 * and Adam state) with the grown training part, and the normalisation fitted on the start's images is kept, as a
 * continued run keeps its recorded input. Continuing, not starting afresh, is what the studio's loop does (the model
 * keeps learning from new labels) and costs a third of retraining each round from scratch on this machine. After each
 * round the model as its last epoch left it is tested on the test images and, for a strategy that reads margins,
 * scores the rest of the pool ({@link ActiveScoring}: the suggester's scoring path, margins as suggestions store
 * them). Strategies take turns within a round, so a stopped run has comparable curves.
 */
public final class ActiveLearning {
    /**
     * @param rounds    rounds after the start (each adds {@code step} labels, the last ones at most up to
     *                  {@code maxLabels})
     * @param epochs    epochs each round trains, going on from the round before
     * @param scratch   where the strategies' run folders are written (deleted at the end)
     */
    public record Options(int start, int step, int rounds, int maxLabels, int epochs, int batchSize, long seed,
                          Path scratch) {
        public Options {
            if (start < 1 || step < 1 || rounds < 0 || maxLabels < start || epochs < 1 || batchSize < 1) {
                throw new IllegalArgumentException("start, step, epochs and batch must be at least 1, rounds at least "
                        + "0, and the most labels at least the start");
            }
        }

        /** The number of labels at each point: the start, then one more step a round, capped by the pool. */
        public List<Integer> sizes(int poolSize) {
            List<Integer> sizes = new ArrayList<>();
            int cap = Math.min(maxLabels, poolSize);
            for (int r = 0; r <= rounds; r++) {
                int size = (int) Math.min(cap, start + (long) r * step);
                if (sizes.isEmpty() || size > sizes.get(sizes.size() - 1)) {
                    sizes.add(size);
                }
            }
            return List.copyOf(sizes);
        }
    }

    /** Progress lines, for stderr. */
    public interface Listener {
        void status(String line);
    }

    /** The curves, one per strategy in the order asked; {@code complete} is false when stopped part-way. */
    public record Result(List<ActiveCurve> curves, boolean complete) {
        public Result {
            curves = List.copyOf(curves);
        }
    }

    /**
     * One strategy's state between rounds: its labels, its random draws, its run folder and the margins of its
     * unlabelled pool.
     */
    private static final class Track {
        final ActiveStrategy strategy;
        final LabelledSet labelled;
        final Random random;
        final RunFolder folder;
        ActiveCurve curve;
        double[] margins;

        Track(ActiveStrategy strategy, LabelledSet labelled, Random random, RunFolder folder, ActiveCurve curve,
              double[] margins) {
            this.strategy = strategy;
            this.labelled = labelled;
            this.random = random;
            this.folder = folder;
            this.curve = curve;
            this.margins = margins;
        }
    }

    private final ActiveData data;
    private final Options options;
    private final Listener listener;
    private final TrainingControl control;
    private final Architecture lenet;
    private final TrainingConfig config;
    private final LabelledSet first;
    private final Normalisation normalisation;

    private ActiveLearning(ActiveData data, Options options, Listener listener, TrainingControl control) {
        this.data = data;
        this.options = options;
        this.listener = listener;
        this.control = control;
        this.lenet = lenet(data.input(), data.classes().size());
        TrainingConfig d = TrainingConfig.defaults();
        this.config = new TrainingConfig(options.epochs(), options.batchSize(), d.optimizer(), d.learningRate(),
                d.schedule(), 0, options.seed(), 0, 0, ResizeMode.STRETCH, Augmentation.none());
        this.first = new LabelledSet(data.pool().count());
        first.add(new ActiveStrategy.RandomPick().pick(first.unlabelled(), new double[0],
                options.sizes(data.pool().count()).get(0), new Random(options.seed())));
        this.normalisation = NormalisationFitter.fit(data.examples(first.chosen()));
    }

    /** Runs every round for {@code strategies} until done or {@code control} is stopped (checked between steps). */
    public static Result run(ActiveData data, List<ActiveStrategy> strategies, Options options, Listener listener,
                             TrainingControl control) throws IOException, InterruptedException {
        return new ActiveLearning(data, options, listener, control).run(strategies);
    }

    /** The studio's LeNet template as a project of {@code classes} classes of such images is offered it. */
    static Architecture lenet(TensorShape.Image input, int classes) {
        Supplier<TensorShape.Sequence> noText = () -> new TensorShape.Sequence(1, 1);
        DataProfile profile = new DataProfile(classes, Set.of(MediaKind.IMAGE), input,
                SequenceInputs.of(List.of(), input), noText);
        return new ProjectTemplates(profile).byId("lenet").orElseThrow().build().get();
    }

    private Result run(List<ActiveStrategy> strategies) throws IOException, InterruptedException {
        List<Integer> sizes = options.sizes(data.pool().count());
        RunFolder startFolder = new RunFolder(options.scratch().resolve("start"));
        boolean anyMargins = strategies.stream().anyMatch(ActiveStrategy::needsMargins);
        Optional<Round> start = round("start", first, startFolder, anyMargins && sizes.size() > 1);
        if (start.isEmpty()) {
            return new Result(List.of(), false);
        }
        List<Track> tracks = new ArrayList<>();
        for (int i = 0; i < strategies.size(); i++) {
            ActiveStrategy strategy = strategies.get(i);
            LabelledSet own = new LabelledSet(data.pool().count());
            own.add(first.chosen());
            ActiveCurve curve = new ActiveCurve(strategy.key(), List.of(), List.of()).with(start.get().point(),
                    own.chosen());
            RunFolder folder = copy(startFolder, options.scratch().resolve("strategy-" + i));
            tracks.add(new Track(strategy, own, new Random(options.seed() + 1 + i), folder, curve,
                    start.get().margins()));
        }
        for (int r = 1; r < sizes.size(); r++) {
            boolean scoreAfter = r + 1 < sizes.size();
            for (Track track : tracks) {
                List<Integer> picked = track.strategy.pick(track.labelled.unlabelled(), track.margins,
                        sizes.get(r) - track.labelled.size(), track.random);
                track.labelled.add(picked);
                Optional<Round> done = round(track.strategy.key(), track.labelled, track.folder,
                        scoreAfter && track.strategy.needsMargins());
                if (done.isEmpty()) {
                    return result(tracks, false);
                }
                track.curve = track.curve.with(done.get().point(), track.labelled.chosen());
                track.margins = done.get().margins();
            }
        }
        return result(tracks, true);
    }

    private static Result result(List<Track> tracks, boolean complete) {
        return new Result(tracks.stream().map(t -> t.curve).toList(), complete);
    }

    /** A round's point, and the margins of the pool still unlabelled (empty array when not asked for). */
    private record Round(ActiveCurve.Point point, double[] margins) {
    }

    /**
     * Trains the run in {@code folder} (going on from its checkpoint if it has one) on {@code labelled}, tests, and
     * scores the rest of the pool if asked; empty when stopped.
     */
    private Optional<Round> round(String name, LabelledSet labelled, RunFolder folder, boolean scorePool)
            throws IOException, InterruptedException {
        listener.status(String.format("%s: training on %,d labels (%d more %s)...", name, labelled.size(),
                options.epochs(), options.epochs() == 1 ? "epoch" : "epochs"));
        long t0 = System.nanoTime();
        Optional<TrainedModel> model = train(folder, data.examples(labelled.chosen()));
        if (model.isEmpty()) {
            return Optional.empty();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Optional<Double> accuracy = ActiveScoring.accuracy(model.get(), data.test(), control::isStopRequested);
        if (accuracy.isEmpty()) {
            return Optional.empty();
        }
        double[] margins = new double[0];
        long s0 = System.nanoTime();
        if (scorePool) {
            int[] pool = labelled.unlabelled();
            Optional<double[]> scored = ActiveScoring.margins(model.get(), data.pool(), pool,
                    control::isStopRequested);
            if (scored.isEmpty()) {
                return Optional.empty();
            }
            margins = scored.get();
        }
        listener.status(String.format("%s: %,d labels -> test accuracy %.2f%% (trained in %.0f s%s)", name,
                labelled.size(), 100 * accuracy.get(), seconds, scorePool ? String.format(", pool of %,d scored in "
                        + "%.0f s", margins.length, (System.nanoTime() - s0) / 1e9) : ""));
        return Optional.of(new Round(new ActiveCurve.Point(labelled.size(), accuracy.get(), seconds), margins));
    }

    private Optional<TrainedModel> train(RunFolder folder, ArrayExamples examples)
            throws IOException, InterruptedException {
        Optional<CheckpointState> before = folder.readCheckpointState();
        int done = before.map(CheckpointState::epoch).orElse(0);
        ArrayExamples none = ArrayExamples.empty(1, examples.height(), examples.width());
        ExampleTrainingData tensors = new ExampleTrainingData(data.classes(), examples, none, none, normalisation,
                Layout.of(data.input()), config.batchSize(), config.seed(), Augmentation.none());
        Files.createDirectories(folder.root());
        TrainingOutcome outcome = Dl4jTrainer.run(new Dl4jTrainer.Job(1, lenet.network(),
                config.withEpochs(done + options.epochs()), folder, tensors, control, TrainingListener.NONE,
                RunRecorder.NONE, before.isPresent(), 0));
        if (outcome.status() != RunStatus.COMPLETED) {
            if (control.isStopRequested()) {
                return Optional.empty();
            }
            throw new IllegalStateException(folder.root().getFileName() + ": " + outcome.message());
        }
        // The last epoch's model, not best.zip: without a validation part that is the lowest training loss, and the
        // loss rises each round as harder examples join.
        CheckpointState after = folder.readCheckpointState().orElseThrow();
        return Optional.of(TrainedModel.load(folder.checkpoint(after), lenet, data.classes(), data.preprocessing(),
                normalisation));
    }

    /** A copy of the run folder {@code from} (flat: checkpoint, its state, metrics) at {@code to}. */
    private static RunFolder copy(RunFolder from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from.root())) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return new RunFolder(to);
    }
}
