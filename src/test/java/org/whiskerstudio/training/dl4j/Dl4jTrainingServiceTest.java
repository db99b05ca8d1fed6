package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingSession;

/** The service checks a request, runs it on its own thread and keeps the history in the project. */
@Tag("engine")
class Dl4jTrainingServiceTest {
    private static final TensorShape.Image SHAPE = new TensorShape.Image(4, 4, 1);
    private static final TrainingConfig CONFIG = Jobs.config(2, 16, Optimizer.ADAM, 1e-3, 0);

    @TempDir
    Path dir;
    private ProjectStore store;
    private RunStore runs;
    private ArchitectureStore architectures;
    private Dl4jTrainingService service;

    /** How the data side prepares: by default the toy task at once. */
    @FunctionalInterface
    private interface Preparer {
        TrainingTensors prepare(TrainingConfig config, Progress progress, Cancellation cancellation) throws Exception;
    }

    private volatile Preparer preparer = (config, progress, cancellation) -> {
        progress.update(1, 1, "ready");
        return ToyData.of(SHAPE, 64, config.batchSize(), true);
    };

    /** The toy task as the project's data. */
    private final class ToySource implements TrainingDataSource {
        @Override
        public List<String> classes() {
            return List.of("left", "right");
        }

        @Override
        public List<String> warnings(Architecture architecture) {
            return List.of("Class left has only 32 training images");
        }

        @Override
        public TrainingTensors prepare(Architecture architecture, TrainingConfig config, Progress progress,
                                    Cancellation cancellation) {
            try {
                return preparer.prepare(config, progress, cancellation);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @BeforeEach
    void open() {
        store = ProjectStore.create(dir.resolve("project"), "p");
        architectures = new ArchitectureStore(store);
        architectures.save(new Architecture("MLP", Templates.mlp(SHAPE, 2), Optional.empty()));
        architectures.save(new Architecture("Three classes", Templates.mlp(SHAPE, 3), Optional.empty()));
        runs = new RunStore(store);
        service = new Dl4jTrainingService(runs, architectures, new ToySource());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static TrainingRun await(TrainingSession session) throws Exception {
        return session.finished().toCompletableFuture().get(120, TimeUnit.SECONDS);
    }

    @Test
    void aRunTrainsOnTheTrainingThreadAndFinishesWithItsRow() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        TrainingSession session = service.start(new TrainingRequest("MLP", CONFIG, ""), new TrainingListener() {
            @Override
            public void onIteration(IterationMetric metric) {
                threads.add(Thread.currentThread().getName());
            }
        });

        TrainingRun run = await(session);

        assertEquals(RunStatus.COMPLETED, run.status(), run.message());
        assertEquals(2, run.epochsDone());
        assertEquals("MLP #1", run.name());
        assertTrue(threads.stream().allMatch(Dl4jTrainingService.THREAD_NAME::equals), threads.toString());
        assertEquals(2, service.epochMetrics(run.id()).size());
        assertTrue(runs.provenance(run.id()).orElseThrow().split().contains("64 training examples"));
    }

    @Test
    void startRefusesBadSettingsNamingThem() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> service.start(new TrainingRequest("MLP", CONFIG.withEpochs(0), ""), TrainingListener.NONE));

        assertTrue(refused.getMessage().contains("Epochs must be between 1 and 10,000"), refused.getMessage());
    }

    @Test
    void startRefusesAnUnknownArchitecture() {
        assertThrows(IllegalArgumentException.class,
                () -> service.start(new TrainingRequest("Nope", CONFIG, ""), TrainingListener.NONE));
    }

    @Test
    void startRefusesAnArchitectureWhoseClassesDoNotMatchTheData() {
        assertThrows(IllegalArgumentException.class,
                () -> service.start(new TrainingRequest("Three classes", CONFIG, ""), TrainingListener.NONE));
        assertEquals(List.of(), service.runs());
    }

    @Test
    void theActiveRunCannotBeDeletedNorASecondOneStarted() throws Exception {
        CountDownLatch paused = new CountDownLatch(1);
        TrainingSession[] session = new TrainingSession[1];
        TrainingListener pauseAtFirstStep = new TrainingListener() {
            @Override
            public void onStatus(RunStatus status, String message) {
                if (status == RunStatus.PAUSED) {
                    paused.countDown();
                }
            }
        };
        session[0] = service.start(new TrainingRequest("MLP", CONFIG, "first"), pauseAtFirstStep);
        session[0].control().pause();
        assertTrue(paused.await(60, TimeUnit.SECONDS));

        assertThrows(IllegalStateException.class, () -> service.delete(session[0].runId()));
        assertThrows(IllegalStateException.class,
                () -> service.start(new TrainingRequest("MLP", CONFIG, "second"), TrainingListener.NONE));
        assertEquals(RunStatus.PAUSED, runs.get(session[0].runId()).orElseThrow().status());
        session[0].control().stop();
        assertEquals(RunStatus.STOPPED, await(session[0]).status());
    }

    @Test
    void aStoppedRunResumesToTheEnd() throws Exception {
        TrainingSession[] first = new TrainingSession[1];
        CountDownLatch started = new CountDownLatch(1);
        first[0] = service.start(new TrainingRequest("MLP", CONFIG, ""), new TrainingListener() {
            @Override
            public void onIteration(IterationMetric metric) {
                awaitQuietly(started);
                if (metric.iteration() == 6) {
                    first[0].control().stop();
                }
            }
        });
        started.countDown();
        TrainingRun stopped = await(first[0]);

        TrainingRun resumed = await(service.resume(stopped.id(), TrainingListener.NONE));

        assertEquals(RunStatus.STOPPED, stopped.status());
        assertEquals(1, stopped.epochsDone());
        assertEquals(RunStatus.COMPLETED, resumed.status(), resumed.message());
        assertEquals(2, resumed.epochsDone());
        assertEquals(List.of(1, 2), service.epochMetrics(stopped.id()).stream().map(m -> m.epoch()).toList());
    }

    @Test
    void aRunCutOffByAKilledAppIsInterruptedWhenTheProjectOpensAndResumes() throws Exception {
        TrainingSession[] first = new TrainingSession[1];
        CountDownLatch started = new CountDownLatch(1);
        first[0] = service.start(new TrainingRequest("MLP", CONFIG, ""), new TrainingListener() {
            @Override
            public void onEpoch(EpochMetric metric) {
                awaitQuietly(started);
                first[0].control().stop();
            }
        });
        started.countDown();
        long id = await(first[0]).id();
        runs.setStatus(id, RunStatus.RUNNING, ""); // as a killed app leaves it

        Dl4jTrainingService reopened = new Dl4jTrainingService(runs, architectures, new ToySource());

        assertEquals(RunStatus.INTERRUPTED, runs.get(id).orElseThrow().status());
        assertEquals(RunStatus.COMPLETED, await(reopened.resume(id, TrainingListener.NONE)).status());
    }

    @Test
    void aStopWhilePreparingEndsTheRunAsStopped() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        preparer = (config, progress, cancellation) -> {
            stopped.await();
            progress.update(1, 10, "caching");
            if (cancellation.isCancelled()) {
                throw new CancellationException();
            }
            return ToyData.of(SHAPE, 64, config.batchSize(), true);
        };
        TrainingSession session = service.start(new TrainingRequest("MLP", CONFIG, ""), TrainingListener.NONE);
        session.control().stop();
        stopped.countDown();

        TrainingRun run = await(session);

        assertEquals(RunStatus.STOPPED, run.status());
        assertEquals("Stopped while the data was being prepared.", run.message());
    }

    @Test
    void dataThatCannotBePreparedFailsTheRunWithTheReason() throws Exception {
        preparer = (config, progress, cancellation) -> {
            throw new IllegalArgumentException("No image of class left is in the training part.");
        };

        TrainingRun run = await(service.start(new TrainingRequest("MLP", CONFIG, ""), TrainingListener.NONE));

        assertEquals(RunStatus.FAILED, run.status());
        assertTrue(run.message().contains("No image of class left"), run.message());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void dataWarningsComeFromTheDataSide() {
        assertEquals(List.of("Class left has only 32 training images"), service.dataWarnings("MLP"));
    }
}
