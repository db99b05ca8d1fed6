package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.StartPlan;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;

/** A run's network takes a start model's weights as the plan says, and frozen layers keep them. */
@Tag("engine")
class RunStartTest {
    private static final TensorShape.Image SHAPE = new TensorShape.Image(4, 4, 1);
    private static final Preprocessing INPUT = new Preprocessing(4, 4, 1, ResizeMode.STRETCH);
    private static final TrainingConfig CONFIG = Jobs.config(1, 16, Optimizer.ADAM, 1e-2, 0);

    @TempDir
    Path dir;

    /** A start model: an MLP for {@code classes} with weights of its own seed, saved as a plain model zip. */
    private Network source(LayerGraph graph) throws IOException {
        Network net = Network.create(graph, CONFIG.withSeed(7));
        try (OutputStream out = Files.newOutputStream(dir.resolve("start.zip"))) {
            net.write(out, false);
        }
        return net;
    }

    private RunStart start(LayerGraph from, List<String> fromClasses, LayerGraph to, List<String> toClasses,
                           int freeze) {
        StartPlan plan = StartPlan.of(new StartPlan.Side(from, fromClasses, INPUT),
                new StartPlan.Side(to, toClasses, INPUT));
        return new RunStart(Optional.of(new RunStart.Weights(dir.resolve("start.zip"), from, plan)), freeze);
    }

    private static Map<String, INDArray> layer(Network net, int index) {
        return net.layerParams(Integer.toString(index));
    }

    @Test
    void withTheSameClassesTheRunStartsWithEveryWeightOfTheModel() throws IOException {
        LayerGraph mlp = Templates.mlp(SHAPE, 2);
        Network model = source(mlp);

        Network net = start(mlp, List.of("a", "b"), mlp, List.of("a", "b"), 0).network(mlp, CONFIG);

        assertEquals(model.model().params(), net.model().params());
        assertNotEquals(Network.create(mlp, CONFIG).model().params(), net.model().params(), "not the run's own seed");
    }

    @Test
    void classesInAnotherOrderTakeTheOutputUnitsByName() throws IOException {
        LayerGraph mlp = Templates.mlp(SHAPE, 2);
        Network model = source(mlp);

        Network net = start(mlp, List.of("a", "b"), mlp, List.of("b", "a"), 0).network(mlp, CONFIG);

        INDArray w = layer(model, 3).get("W");
        assertEquals(w.getColumn(1), layer(net, 3).get("W").getColumn(0));
        assertEquals(w.getColumn(0), layer(net, 3).get("W").getColumn(1));
        assertEquals(layer(model, 0).get("W"), layer(net, 0).get("W"));
    }

    @Test
    void otherClassesGetAnOutputLayerAtZeroAndKeepTheRest() throws IOException {
        LayerGraph three = Templates.mlp(SHAPE, 3);
        LayerGraph two = Templates.mlp(SHAPE, 2);
        Network model = source(three);

        Network net = start(three, List.of("x", "y", "z"), two, List.of("left", "right"), 0).network(two, CONFIG);

        for (int kept : new int[] {0, 2}) {
            assertEquals(layer(model, kept).get("W"), layer(net, kept).get("W"), "layer " + kept);
            assertEquals(layer(model, kept).get("b"), layer(net, kept).get("b"), "layer " + kept);
        }
        // A fair guess among the new classes, not a random layer confidently wrong over trained features.
        for (INDArray param : layer(net, 3).values()) {
            assertEquals(0.0, param.norm1Number().doubleValue(), "the new output layer starts at zero");
        }
    }

    @Test
    void aFrozenEpochLeavesTheKeptLayersAsTheModelHadThemAndTrainsTheOutput() throws Exception {
        LayerGraph three = Templates.mlp(SHAPE, 3);
        LayerGraph two = Templates.mlp(SHAPE, 2);
        Network model = source(three);
        RunStart start = start(three, List.of("x", "y", "z"), two, List.of("left", "right"), 1);
        Network before = start.network(two, CONFIG);
        RunFolder folder = new RunFolder(dir.resolve("run"));
        Files.createDirectories(folder.root());

        TrainingOutcome outcome = Dl4jTrainer.run(new Dl4jTrainer.Job(1, two, CONFIG, folder,
                ToyData.of(SHAPE, 64, 16, true), new TrainingControl(), TrainingListener.NONE, RunRecorder.NONE,
                false, 0, start));

        assertEquals(RunStatus.COMPLETED, outcome.status(), outcome.message());
        Network after = Network.restore(two, folder.checkpoint(folder.readCheckpointState().orElseThrow()));
        for (int kept : new int[] {0, 2}) {
            assertEquals(layer(model, kept).get("W"), layer(after, kept).get("W"), "layer " + kept);
            assertEquals(layer(model, kept).get("b"), layer(after, kept).get("b"), "layer " + kept);
        }
        assertNotEquals(layer(before, 3).get("W"), layer(after, 3).get("W"), "the output layer learned");
    }

    @Test
    void aLenetsKeptConvolutionsAndDenseLayerAreTheModelsAndStayWhileFrozen() throws Exception {
        TensorShape.Image eight = new TensorShape.Image(8, 8, 1);
        Preprocessing input = new Preprocessing(8, 8, 1, ResizeMode.STRETCH);
        LayerGraph three = Templates.lenet(eight, 3);
        LayerGraph two = Templates.lenet(eight, 2);
        Network model = source(three);
        StartPlan plan = StartPlan.of(new StartPlan.Side(three, List.of("x", "y", "z"), input),
                new StartPlan.Side(two, List.of("left", "right"), input));
        RunFolder folder = new RunFolder(dir.resolve("run"));
        Files.createDirectories(folder.root());

        TrainingOutcome outcome = Dl4jTrainer.run(new Dl4jTrainer.Job(1, two, CONFIG, folder,
                ToyData.of(eight, 64, 16, true), new TrainingControl(), TrainingListener.NONE, RunRecorder.NONE,
                false, 0, new RunStart(Optional.of(new RunStart.Weights(dir.resolve("start.zip"), three, plan)), 1)));

        assertEquals(RunStatus.COMPLETED, outcome.status(), outcome.message());
        Network after = Network.restore(two, folder.checkpoint(folder.readCheckpointState().orElseThrow()));
        Map<String, String> from = LayerKeys.of(three);
        Map<String, String> to = LayerKeys.of(two);
        assertEquals(List.of(true), plan.layers().stream().filter(l -> !l.kept()).map(StartPlan.Layer::output).toList(),
                "only the output layer is new");
        for (StartPlan.Layer layer : plan.layers().stream().filter(StartPlan.Layer::kept).toList()) {
            assertEquals(model.layerParams(from.get(layer.sourceId())), after.layerParams(to.get(layer.targetId())),
                    layer.name());
        }
        assertEquals(3, plan.keptLayers().size(), "two convolutions and the dense layer");
    }

    @Test
    void aResumedRunStaysFrozenUntilItsFrozenEpochsAreOver() throws Exception {
        LayerGraph three = Templates.mlp(SHAPE, 3);
        LayerGraph two = Templates.mlp(SHAPE, 2);
        Network model = source(three);
        RunFolder folder = new RunFolder(dir.resolve("run"));
        Files.createDirectories(folder.root());
        Dl4jTrainer.run(new Dl4jTrainer.Job(1, two, CONFIG, folder, ToyData.of(SHAPE, 64, 16, true),
                new TrainingControl(), TrainingListener.NONE, RunRecorder.NONE, false, 0,
                start(three, List.of("x", "y", "z"), two, List.of("left", "right"), 2)));

        // The second session reads its weights from the checkpoint; only the frozen epochs come with it.
        TrainingOutcome resumed = Dl4jTrainer.run(new Dl4jTrainer.Job(1, two, CONFIG.withEpochs(2), folder,
                ToyData.of(SHAPE, 64, 16, true), new TrainingControl(), TrainingListener.NONE, RunRecorder.NONE,
                true, 0, new RunStart(Optional.empty(), 2)));

        assertEquals(RunStatus.COMPLETED, resumed.status(), resumed.message());
        Network after = Network.restore(two, folder.checkpoint(folder.readCheckpointState().orElseThrow()));
        assertEquals(2, folder.readCheckpointState().orElseThrow().epoch());
        assertEquals(layer(model, 0).get("W"), layer(after, 0).get("W"));
    }

    @Test
    void afterTheFrozenEpochsEveryLayerLearns() throws Exception {
        LayerGraph three = Templates.mlp(SHAPE, 3);
        LayerGraph two = Templates.mlp(SHAPE, 2);
        Network model = source(three);
        RunFolder folder = new RunFolder(dir.resolve("run"));
        Files.createDirectories(folder.root());

        Dl4jTrainer.run(new Dl4jTrainer.Job(1, two, CONFIG.withEpochs(2), folder, ToyData.of(SHAPE, 64, 16, true),
                new TrainingControl(), TrainingListener.NONE, RunRecorder.NONE, false, 0,
                start(three, List.of("x", "y", "z"), two, List.of("left", "right"), 1)));

        Network after = Network.restore(two, folder.checkpoint(folder.readCheckpointState().orElseThrow()));
        assertNotEquals(layer(model, 0).get("W"), layer(after, 0).get("W"));
    }

    @Test
    void aReplacedOutputIsFittedAloneOnTheKeptFeaturesBeforeTheFirstEpoch() throws IOException {
        LayerGraph three = Templates.mlp(SHAPE, 3);
        LayerGraph two = Templates.mlp(SHAPE, 2);
        Network model = source(three);
        RunStart start = start(three, List.of("x", "y", "z"), two, List.of("left", "right"), 0);
        Network net = start.network(two, CONFIG);
        TrainingTensors data = ToyData.of(SHAPE, 64, 16, true);
        DataSet batch = data.train(0).next();
        double guess = net.loss(batch);

        int steps = HeadFit.fit(net, two, 1e-3, data::train, () -> true);

        assertTrue(start.replacesOutput());
        assertEquals(HeadFit.MAX_STEPS, steps);
        for (int kept : new int[] {0, 2}) {
            assertEquals(layer(model, kept).get("W"), layer(net, kept).get("W"), "layer " + kept);
        }
        assertTrue(net.loss(batch) < 0.9 * guess, "fitted: " + net.loss(batch) + " against a guess's " + guess);
    }

    @Test
    void aStopBeforeTheOutputIsFittedLeavesItAtZero() throws IOException {
        LayerGraph three = Templates.mlp(SHAPE, 3);
        LayerGraph two = Templates.mlp(SHAPE, 2);
        source(three);
        Network net = start(three, List.of("x", "y", "z"), two, List.of("left", "right"), 0).network(two, CONFIG);

        assertEquals(0, HeadFit.fit(net, two, 1e-3, ToyData.of(SHAPE, 64, 16, true)::train, () -> false));
        assertEquals(0.0, layer(net, 3).get("W").norm1Number().doubleValue());
    }

    @Test
    void withTheSameClassesNothingIsReplacedSoNothingIsFittedFirst() throws IOException {
        LayerGraph mlp = Templates.mlp(SHAPE, 2);
        source(mlp);

        assertFalse(start(mlp, List.of("a", "b"), mlp, List.of("b", "a"), 0).replacesOutput());
        assertFalse(RunStart.FRESH.replacesOutput());
    }
}
