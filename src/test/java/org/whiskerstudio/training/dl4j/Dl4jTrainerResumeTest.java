package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.MetricFiles;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;

/** Runs are repeatable: the same seed twice, and a stopped run resumed from its checkpoint. */
@Tag("engine")
class Dl4jTrainerResumeTest {
    private static final TensorShape.Image SHAPE = new TensorShape.Image(4, 4, 1);
    /** The MLP has dropout: repeatability must cover the random masks too. */
    private static final LayerGraph MLP = Templates.mlp(SHAPE, 2);
    private static final TrainingConfig CONFIG = Jobs.config(3, 16, Optimizer.ADAM, 1e-3, 0);

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesIdenticalEpochMetrics() throws Exception {
        Jobs.Heard first = new Jobs.Heard();
        Jobs.Heard second = new Jobs.Heard();
        Jobs.run(dir.resolve("a"), MLP, CONFIG, ToyData.of(SHAPE, 64, 16, true), first);
        Jobs.run(dir.resolve("b"), MLP, CONFIG, ToyData.of(SHAPE, 64, 16, true), second);

        assertEquals(Jobs.timeless(first.epochs), Jobs.timeless(second.epochs));
    }

    @Test
    void aResumedRunEndsWhereAnUninterruptedRunEnds() throws Exception {
        Jobs.run(dir.resolve("whole"), MLP, CONFIG, ToyData.of(SHAPE, 64, 16, true), TrainingListener.NONE);
        Path parts = dir.resolve("parts");
        TrainingControl control = new TrainingControl();
        TrainingListener stopInEpochTwo = new TrainingListener() {
            @Override
            public void onIteration(IterationMetric metric) {
                if (metric.iteration() == 6) {
                    control.stop();
                }
            }
        };
        TrainingOutcome stopped = Dl4jTrainer.run(Jobs.job(parts, MLP, CONFIG, ToyData.of(SHAPE, 64, 16, true), control,
                stopInEpochTwo, false));

        TrainingOutcome resumed = Dl4jTrainer.run(Jobs.job(parts, MLP, CONFIG, ToyData.of(SHAPE, 64, 16, true),
                new TrainingControl(), TrainingListener.NONE, true));

        assertEquals(RunStatus.STOPPED, stopped.status());
        assertEquals(RunStatus.COMPLETED, resumed.status());
        RunFolder whole = new RunFolder(dir.resolve("whole"));
        RunFolder resumedFolder = new RunFolder(parts);
        assertEquals(Jobs.timeless(MetricFiles.epochs(whole)), Jobs.timeless(MetricFiles.epochs(resumedFolder)));
        assertEquals(MetricFiles.iterations(whole, 1000).stream().map(IterationMetric::loss).toList(),
                MetricFiles.iterations(resumedFolder, 1000).stream().map(IterationMetric::loss).toList());
    }
}
