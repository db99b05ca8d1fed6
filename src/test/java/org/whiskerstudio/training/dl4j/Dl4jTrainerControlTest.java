package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;

/** Stop and pause reach the loop between steps. */
@Tag("engine")
class Dl4jTrainerControlTest {
    private static final TensorShape.Image SHAPE = new TensorShape.Image(4, 4, 1);
    private static final LayerGraph MLP = Templates.mlp(SHAPE, 2);
    private static final TrainingConfig CONFIG = Jobs.config(3, 16, Optimizer.ADAM, 1e-3, 0);

    @TempDir
    Path dir;

    @Test
    void stopFromTheListenerTakesEffectWithinOneIteration() throws Exception {
        TrainingControl control = new TrainingControl();
        int stopAt = 10; // in epoch 2: epoch 1 (8 steps) is checkpointed
        Jobs.Heard heard = new Jobs.Heard() {
            @Override
            public void onIteration(IterationMetric metric) {
                super.onIteration(metric);
                if (metric.iteration() == stopAt) {
                    control.stop();
                }
            }
        };

        TrainingOutcome outcome = Dl4jTrainer.run(Jobs.job(dir, MLP, CONFIG, ToyData.of(SHAPE, 128, 16, false), control,
                heard, false));

        assertEquals(RunStatus.STOPPED, outcome.status());
        assertTrue(heard.iterations.size() <= stopAt + 1, heard.iterations.size() + " steps reported");
        assertEquals(1, outcome.progress().epochsDone());
        assertEquals(1, new RunFolder(dir).readCheckpointState().orElseThrow().epoch());
    }

    @Test
    void pauseBlocksTheLoopUntilResumed() throws Exception {
        TrainingControl control = new TrainingControl();
        CountDownLatch paused = new CountDownLatch(1);
        Jobs.Heard heard = new Jobs.Heard() {
            @Override
            public void onIteration(IterationMetric metric) {
                super.onIteration(metric);
                if (metric.iteration() == 2) {
                    control.pause();
                }
            }

            @Override
            public void onStatus(RunStatus status, String message) {
                if (status == RunStatus.PAUSED) {
                    paused.countDown();
                }
            }
        };
        AtomicReference<TrainingOutcome> outcome = new AtomicReference<>();
        Thread training = new Thread(() -> {
            try {
                outcome.set(Dl4jTrainer.run(Jobs.job(dir, MLP, CONFIG.withEpochs(1), ToyData.of(SHAPE, 64, 16, false),
                        control, heard, false)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        training.start();

        assertTrue(paused.await(60, TimeUnit.SECONDS), "the loop paused");
        Thread.sleep(300);
        assertEquals(2, heard.iterations.size(), "no step while paused");
        control.resume();
        training.join(60_000);

        assertEquals(RunStatus.COMPLETED, outcome.get().status());
        assertEquals(4, heard.iterations.size());
    }
}
