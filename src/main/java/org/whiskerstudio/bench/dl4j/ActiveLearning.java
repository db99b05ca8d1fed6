package org.whiskerstudio.bench.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.DataProfile;
import org.whiskerstudio.architecture.ProjectTemplates;
import org.whiskerstudio.architecture.SequenceInputs;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.FileTrees;
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
import org.whiskerstudio.training.Schedule;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.dl4j.Dl4jTrainer;
import org.whiskerstudio.training.dl4j.TrainedModel;
import org.whiskerstudio.training.dl4j.TrainingOutcome;

/**
 * {@code whisker bench active}'s engine: simulated labelling. The studio's LeNet template learns from {@code start}
 * random labels; then each round every strategy "labels" {@code step} more of the pool (true labels standing in for
 * the person) and its model is <em>retrained from new weights</em> on all its labels by the studio's own trainer
 * ({@link Dl4jTrainer}): Adam at the template's default rate with a cosine decay to ~0, {@code epochs} epochs of
 * at least {@code minSteps} gradient steps in all ({@link Options#passesPerEpoch}: the 200-label start is not left
 * with a handful of steps). Every round is trained the same way for every strategy, to a
 * settled model: continuing a few epochs a round left the early models under-trained and the late ones flat, which
 * blunts the margins and the curves alike. The normalisation fitted on the start's images is kept. After each round
 * the model its last epoch left is tested on the test images and, for a strategy that reads margins, the same model
 * scores the rest of the pool ({@link ActiveScoring}: the suggester's scoring path, margins as suggestions store
 * them). Strategies take turns within a round, so a stopped run has comparable curves.
 */
public final class ActiveLearning {
    /**
     * @param rounds    rounds after the start (each adds {@code step} labels, the last ones at most up to
     *                  {@code maxLabels})
     * @param epochs    the epochs a round trains (from new weights)
     * @param minSteps  the fewest gradient steps a round trains: small labelled sets get several passes an epoch
     * @param seed      the start's draw, the random picks, the weights and the batch order
     * @param scratch   where the rounds' run folders are written (each deleted once its model is loaded)
     */
    public record Options(int start, int step, int rounds, int maxLabels, int epochs, int minSteps, int batchSize,
                          long seed, Path scratch) {
        public Options {
            if (start < 1 || step < 1 || rounds < 0 || maxLabels < start || epochs < 1 || minSteps < 0
                    || batchSize < 1) {
                throw new IllegalArgumentException("start, step, epochs and batch must be at least 1, rounds and steps "
                        + "at least 0, and the most labels at least the start");
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

        /**
         * How many times a round on {@code labels} examples repeats them within an epoch so that its {@code epochs}
         * epochs make at least {@code minSteps} steps: a small set gets several passes an epoch rather than many
         * epochs, each of which ends writing a checkpoint that costs more than the 200-label start's passes.
         */
        public int passesPerEpoch(int labels) {
            long needed = (long) minSteps * batchSize;
            long perPass = (long) epochs * labels;
            return (int) Math.max(1, (needed + perPass - 1) / perPass);
        }

        public Options withSeed(long next) {
            return new Options(start, step, rounds, maxLabels, epochs, minSteps, batchSize, next, scratch);
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

    /** One strategy's state between rounds: its labels, its random draws and the margins of its unlabelled pool. */
    private static final class Track {
        final ActiveStrategy strategy;
        final LabelledSet labelled;
        final Random random;
        ActiveCurve curve;
        double[] margins;

        Track(ActiveStrategy strategy, LabelledSet labelled, Random random, ActiveCurve curve, double[] margins) {
            this.strategy = strategy;
            this.labelled = labelled;
            this.random = random;
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
        // Cosine decay: each round ends on a settled model, whatever its epochs, so margins and accuracy are its best.
        this.config = new TrainingConfig(options.epochs(), options.batchSize(), d.optimizer(), d.learningRate(),
                Schedule.COSINE, 0, options.seed(), 0, 0, ResizeMode.STRETCH, Augmentation.none());
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
        boolean anyMargins = strategies.stream().anyMatch(ActiveStrategy::needsMargins);
        Optional<Round> start = round("start", first, anyMargins && sizes.size() > 1);
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
            // Apart from the start's draw (the seed itself), so one seed's picks are not another seed's start.
            Random picks = new Random(options.seed() * 7919 + 1 + i);
            tracks.add(new Track(strategy, own, picks, curve, start.get().margins()));
        }
        for (int r = 1; r < sizes.size(); r++) {
            boolean scoreAfter = r + 1 < sizes.size();
            for (Track track : tracks) {
                List<Integer> picked = track.strategy.pick(track.labelled.unlabelled(), track.margins,
                        sizes.get(r) - track.labelled.size(), track.random);
                track.labelled.add(picked);
                Optional<Round> done = round(track.strategy.key(), track.labelled,
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
     * Trains a model from new weights on {@code labelled}, tests it, and with the same model scores the rest of the
     * pool if asked; empty when stopped.
     */
    private Optional<Round> round(String name, LabelledSet labelled, boolean scorePool)
            throws IOException, InterruptedException {
        int passes = options.passesPerEpoch(labelled.size());
        listener.status(String.format("%s: training on %,d labels from new weights (%d %s%s)...", name,
                labelled.size(), options.epochs(), options.epochs() == 1 ? "epoch" : "epochs",
                passes == 1 ? "" : " of " + passes + " passes"));
        long t0 = System.nanoTime();
        List<Integer> chosen = labelled.chosen();
        Optional<TrainedModel> model = train(name, data.examples(Collections.nCopies(passes, chosen).stream()
                .flatMap(List::stream).toList()));
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

    /** A fresh run in its own scratch folder, deleted once the last epoch's model is loaded. */
    private Optional<TrainedModel> train(String name, ArrayExamples examples)
            throws IOException, InterruptedException {
        // The seed in the name: seeds may run side by side in one scratch folder.
        RunFolder folder = new RunFolder(options.scratch().resolve(name + "-" + examples.size() + "-seed-"
                + options.seed()));
        ArrayExamples none = ArrayExamples.empty(1, examples.height(), examples.width());
        ExampleTrainingData tensors = new ExampleTrainingData(data.classes(), examples, none, none, normalisation,
                Layout.of(data.input()), config.batchSize(), config.seed(), Augmentation.none());
        Files.createDirectories(folder.root());
        try {
            TrainingOutcome outcome = Dl4jTrainer.run(new Dl4jTrainer.Job(1, lenet.network(),
                    config, folder, tensors, control, TrainingListener.NONE, RunRecorder.NONE,
                    false, 0));
            if (outcome.status() != RunStatus.COMPLETED) {
                if (control.isStopRequested()) {
                    return Optional.empty();
                }
                throw new IllegalStateException(folder.root().getFileName() + ": " + outcome.message());
            }
            // The last epoch's model, not best.zip: without a validation part "best" is the lowest training loss,
            // and the cosine decay makes the last epoch the settled one.
            CheckpointState after = folder.readCheckpointState().orElseThrow();
            return Optional.of(TrainedModel.load(folder.checkpoint(after), lenet, data.classes(),
                    data.preprocessing(), normalisation));
        } finally {
            FileTrees.delete(folder.root());
        }
    }
}
