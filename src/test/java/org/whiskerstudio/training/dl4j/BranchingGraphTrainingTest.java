package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Activation;
import org.whiskerstudio.architecture.Edge;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.MetricFiles;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;

/** A network with branches trains as a ComputationGraph, and resumes like a chain does. */
@Tag("engine")
class BranchingGraphTrainingTest {
    private static final TensorShape.Image SHAPE = new TensorShape.Image(4, 4, 1);
    private static final TrainingConfig CONFIG = Jobs.config(2, 16, Optimizer.ADAM, 1e-2, 0);

    @TempDir
    Path dir;

    /** in -> dense a -> (dense b, a) -> add -> dropout -> softmax. */
    private static LayerGraph residual() {
        return new LayerGraph(List.of(
                new LayerNode("in", "in", new LayerSpec.Input(SHAPE)),
                new LayerNode("a", "a", new LayerSpec.Dense(16, Activation.RELU)),
                new LayerNode("b", "b", new LayerSpec.Dense(16, Activation.RELU)),
                new LayerNode("add", "add", new LayerSpec.Merge(LayerSpec.MergeKind.ADD)),
                new LayerNode("drop", "drop", new LayerSpec.Dropout(0.2)),
                new LayerNode("out", "out", new LayerSpec.Output(2, LayerSpec.OutputKind.SOFTMAX_CLASSIFICATION))),
                List.of(new Edge("in", "a"), new Edge("a", "b"), new Edge("a", "add"), new Edge("b", "add"),
                        new Edge("add", "drop"), new Edge("drop", "out")));
    }

    @Test
    void aResidualGraphLearnsAndResumesToTheSameMetrics() throws Exception {
        LayerGraph graph = residual();
        Jobs.Heard whole = new Jobs.Heard();
        Jobs.run(dir.resolve("whole"), graph, CONFIG, ToyData.of(SHAPE, 64, 16, true), whole);
        TrainingControl control = new TrainingControl();
        TrainingListener stopInEpochTwo = new TrainingListener() {
            @Override
            public void onIteration(IterationMetric metric) {
                if (metric.iteration() == 6) {
                    control.stop();
                }
            }
        };
        Path parts = dir.resolve("parts");
        Dl4jTrainer.run(Jobs.job(parts, graph, CONFIG, ToyData.of(SHAPE, 64, 16, true), control, stopInEpochTwo, false));

        TrainingOutcome resumed = Dl4jTrainer.run(Jobs.job(parts, graph, CONFIG, ToyData.of(SHAPE, 64, 16, true),
                new TrainingControl(), TrainingListener.NONE, true));

        assertTrue(!Dl4jModels.isChain(graph));
        assertEquals(RunStatus.COMPLETED, resumed.status(), resumed.message());
        assertTrue(whole.epochs.get(1).trainLoss() < 0.5 * whole.iterations.get(0).loss());
        assertEquals(Jobs.timeless(whole.epochs), Jobs.timeless(MetricFiles.epochs(new RunFolder(parts))));
    }
}
