package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingSession;

/**
 * A resumed run goes on with the standardisation its checkpoint's weights learned behind, the one its folder recorded,
 * even when images labelled in between would fit another.
 */
@Tag("engine")
class ResumedNormalisationTest {
    @TempDir
    Path dir;

    /** The project's own data, remembering the standardisation of every batch source it prepared. */
    private static final class Watched implements TrainingDataSource {
        private final ProjectDataSource project;
        private final List<Normalisation> prepared = new ArrayList<>();

        Watched(ProjectStore store) {
            this.project = new ProjectDataSource(store);
        }

        private TrainingTensors seen(TrainingTensors data) {
            prepared.add(data.normalisation());
            return data;
        }

        @Override
        public List<String> classes() {
            return project.classes();
        }

        @Override
        public List<String> warnings(Architecture architecture) {
            return project.warnings(architecture);
        }

        @Override
        public TrainingTensors prepare(Architecture architecture, TrainingConfig config, Progress progress,
                                       Cancellation cancellation) {
            return seen(project.prepare(architecture, config, progress, cancellation));
        }

        @Override
        public TrainingTensors prepare(Architecture architecture, TrainingConfig config, Preprocessing preprocessing,
                                       Progress progress, Cancellation cancellation) {
            return seen(project.prepare(architecture, config, preprocessing, progress, cancellation));
        }

        @Override
        public TrainingTensors prepare(Architecture architecture, TrainingConfig config, Preprocessing preprocessing,
                                       Normalisation kept, Progress progress, Cancellation cancellation) {
            return seen(project.prepare(architecture, config, preprocessing, kept, progress, cancellation));
        }

        @Override
        public Optional<Preprocessing> preprocessing() {
            return project.preprocessing();
        }

        @Override
        public MediaKind mediaKind() {
            return project.mediaKind();
        }
    }

    @Test
    void aResumedRunKeepsTheStandardisationItStartedWith() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p")) {
            DatasetFixture.darkAndLight(store, 30, 8);
            ArchitectureStore architectures = new ArchitectureStore(store);
            architectures.save(new Architecture("MLP", Templates.mlp(new TensorShape.Image(8, 8, 1), 2),
                    Optional.empty()));
            RunStore runs = new RunStore(store);
            Watched source = new Watched(store);
            Dl4jTrainingService service = new Dl4jTrainingService(runs, architectures, source);
            TrainingRun stopped = stoppedAfterOneEpoch(service);
            Normalisation recorded = runs.folder(stopped.id()).readNormalisation().orElseThrow();
            for (int i = 0; i < 40; i++) {
                DatasetFixture.file(store, DatasetFixture.png(8, 8, new Color(120 + i, 110, 100)), "dark");
            }

            TrainingRun resumed = service.resume(stopped.id(), TrainingListener.NONE).finished()
                    .toCompletableFuture().join();

            assertEquals(RunStatus.COMPLETED, resumed.status(), resumed.message());
            assertEquals(2, source.prepared.size());
            assertEquals(recorded, source.prepared.get(1), "the resumed session's batches");
            assertEquals(recorded, runs.folder(stopped.id()).readNormalisation().orElseThrow());
            assertNotEquals(recorded, refitted(store, service), "the new images would fit another one");
        }
    }

    /** What a new run of the project fits now. */
    private static Normalisation refitted(ProjectStore store, Dl4jTrainingService service) throws IOException {
        TrainingRun fresh = service.start(new TrainingRequest("MLP", TrainingConfig.defaults().withEpochs(1), "now"),
                TrainingListener.NONE).finished().toCompletableFuture().join();
        assertEquals(RunStatus.COMPLETED, fresh.status(), fresh.message());
        return new RunStore(store).folder(fresh.id()).readNormalisation().orElseThrow();
    }

    private static TrainingRun stoppedAfterOneEpoch(Dl4jTrainingService service) throws InterruptedException {
        TrainingSession[] session = new TrainingSession[1];
        CountDownLatch started = new CountDownLatch(1);
        session[0] = service.start(new TrainingRequest("MLP", TrainingConfig.defaults().withEpochs(2), "stopped"),
                new TrainingListener() {
                    @Override
                    public void onEpoch(EpochMetric metric) {
                        try {
                            started.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        session[0].control().stop();
                    }
                });
        started.countDown();
        TrainingRun stopped = session[0].finished().toCompletableFuture().join();
        assertEquals(RunStatus.STOPPED, stopped.status(), stopped.message());
        return stopped;
    }
}
