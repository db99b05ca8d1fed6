package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.AgentTemplates;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.rl.EnvironmentKind;
import org.whiskerstudio.rl.EnvironmentView;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.rl.QTable;
import org.whiskerstudio.rl.Sparring;
import org.whiskerstudio.rl.dl4j.AgentBundle;
import org.whiskerstudio.rl.dl4j.QNetwork;
import org.whiskerstudio.training.AgentFiles;
import org.whiskerstudio.training.AgentReplay;
import org.whiskerstudio.training.AgentSettings;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.Schedule;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingSession;

/** Agents train through the studio's run machinery in a project without any data: files, row, pause and stop. */
@Tag("engine")
class AgentTrainingServiceTest {
    /** One thread: a 64-wide network's updates are too small to share. */
    private static final TrainingConfig CONFIG = new TrainingConfig(1, 64, Optimizer.ADAM, 1e-3, Schedule.CONSTANT, 0, 7,
            0, 1, ResizeMode.STRETCH, Augmentation.none());
    private static final AgentSettings TABLE = new AgentSettings(AgentSettings.Learner.TABULAR, 1, 3_000, 0.1, 1.0,
            0.05, 2_000, Sparring.MIXED);

    @TempDir
    Path dir;
    private ProjectStore store;
    private Dl4jTrainingService service;

    @BeforeEach
    void open() {
        store = ProjectStore.create(dir.resolve("project"), "p");
        ArchitectureStore architectures = new ArchitectureStore(store);
        architectures.save(new Architecture("Cart", AgentTemplates.cartPole(), Optional.empty()));
        architectures.save(new Architecture("Board", AgentTemplates.noughtsAndCrosses(), Optional.empty()));
        service = Dl4jTrainingService.forProject(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static TrainingRun await(TrainingSession session) throws Exception {
        return session.finished().toCompletableFuture().get(120, TimeUnit.SECONDS);
    }

    /** Collects what an agent run reports; counts episodes down. */
    private static class Heard implements TrainingListener {
        final List<EpisodeReport> episodes = new CopyOnWriteArrayList<>();
        final List<AgentReplay> replays = new CopyOnWriteArrayList<>();
        final List<RunStatus> statuses = new CopyOnWriteArrayList<>();
        final CountDownLatch some = new CountDownLatch(200);

        @Override
        public void onEpisode(EpisodeReport episode) {
            episodes.add(episode);
            some.countDown();
        }

        @Override
        public void onReplay(AgentReplay replay) {
            replays.add(replay);
        }

        @Override
        public void onStatus(RunStatus status, String message) {
            statuses.add(status);
        }
    }

    private AgentFiles files(TrainingRun run) {
        return new AgentFiles(new RunStore(store).folder(run.id()));
    }

    @Test
    void noughtsAndCrossesLearnsByTableInAProjectWithoutDataAndKeepsItsFiles() throws Exception {
        assertEquals(List.of(), service.dataWarnings("Board"));
        Heard heard = new Heard();
        TrainingRun run = await(service.start(new TrainingRequest("Board", CONFIG, "").learningAs(TABLE), heard));

        assertEquals(RunStatus.COMPLETED, run.status(), run.message());
        assertEquals(ModelKind.AGENT, run.kind());
        assertFalse(run.canResume());
        assertEquals(3_000, run.epochsDone(), "an agent's row counts episodes");
        assertEquals(3_000, heard.episodes.size());
        assertTrue(run.message().contains("3,000 episodes") && run.message().contains("agent.zip"), run.message());
        AgentFiles files = files(run);
        assertEquals(TABLE, files.readSettings().orElseThrow());
        List<EpisodeReport> written = files.lastEpisodes(5_000);
        assertEquals(heard.episodes, written, "episodes.csv holds every episode as reported");
        AgentBundle bundle = AgentBundle.load(files.bundle());
        assertEquals(EnvironmentKind.TICTACTOE, bundle.environment());
        assertInstanceOf(QTable.class, bundle.policy());

        TrainingRun again = await(service.start(new TrainingRequest("Board", CONFIG, "").learningAs(TABLE),
                TrainingListener.NONE));
        assertEquals(written, files(again).lastEpisodes(5_000), "seeded: the same settings learn the same games");
    }

    @Test
    void cartPoleLearnsByDqnOnTheDrawnNetworkAndReplaysAGreedyEpisode() throws Exception {
        AgentSettings dqn = new AgentSettings(AgentSettings.Learner.DQN, 1_100, 1, 2.3e-3, 1.0, 0.1, 1_000,
                Sparring.MIXED);
        Heard heard = new Heard();
        TrainingRun run = await(service.start(new TrainingRequest("Cart", CONFIG, "").learningAs(dqn), heard));

        assertEquals(RunStatus.COMPLETED, run.status(), run.message());
        EpisodeReport last = heard.episodes.get(heard.episodes.size() - 1);
        assertTrue(last.totalSteps() <= 1_100 && last.totalSteps() > 1_024, "steps counted: " + last);
        assertTrue(heard.episodes.stream().anyMatch(e -> Double.isFinite(e.loss())), "one burst of updates at step 1,024");
        assertEquals(heard.episodes.size(), run.epochsDone());
        assertInstanceOf(QNetwork.class, AgentBundle.load(files(run).bundle()).policy());
        assertFalse(heard.replays.isEmpty(), "the first greedy episode comes a second into the run");
        AgentReplay replay = heard.replays.get(0);
        assertEquals(replay.episodeReturn() + 1, replay.frames().size(), "a frame per step and the first state");
        assertInstanceOf(EnvironmentView.CartView.class, replay.frames().get(0));
    }

    @Test
    void aRunPausesAndStopsBetweenStepsWithItsAgentSaved() throws Exception {
        Heard heard = new Heard();
        AgentSettings long_ = new AgentSettings(AgentSettings.Learner.TABULAR, 1, 5_000_000, 0.1, 1.0, 0.05,
                1_000_000, Sparring.RANDOM);
        TrainingSession session = service.start(new TrainingRequest("Board", CONFIG, "").learningAs(long_), heard);
        assertTrue(heard.some.await(60, TimeUnit.SECONDS));

        session.control().pause();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!heard.statuses.contains(RunStatus.PAUSED) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        int paused = heard.episodes.size();
        Thread.sleep(300);
        assertEquals(paused, heard.episodes.size(), "no episode while paused");
        assertEquals(RunStatus.PAUSED, service.runs().get(0).status(), "the history says paused");
        session.control().resume();
        session.control().stop();
        TrainingRun run = await(session);

        assertEquals(RunStatus.STOPPED, run.status(), run.message());
        assertTrue(run.message().startsWith("Stopped after"), run.message());
        assertTrue(run.epochsDone() < 5_000_000);
        assertEquals(run.epochsDone(), files(run).lastEpisodes(1).get(0).episode(), "episodes.csv up to the agent");
        assertTrue(Files.isRegularFile(files(run).bundle()));
    }

    /** Holds the training thread at episode {@code at} until the test has asked for a stop. */
    private static final class StopAt extends Heard {
        private final int at;
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        StopAt(int at) {
            this.at = at;
        }

        @Override
        public void onEpisode(EpisodeReport episode) {
            super.onEpisode(episode);
            if (episode.episode() == at) {
                reached.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Starts a run and stops it right after episode {@code at}. */
    private TrainingRun stoppedAt(String architecture, AgentSettings settings, int at) throws Exception {
        StopAt stop = new StopAt(at);
        TrainingSession session = service.start(new TrainingRequest(architecture, CONFIG, "").learningAs(settings),
                stop);
        assertTrue(stop.reached.await(120, TimeUnit.SECONDS));
        session.control().stop();
        stop.release.countDown();
        return await(session);
    }

    @Test
    void aStoppedTableRunResumesAndLearnsWhatAnUninterruptedOneLearns() throws Exception {
        TrainingRun stopped = stoppedAt("Board", TABLE, 1_000);
        assertEquals(RunStatus.STOPPED, stopped.status(), stopped.message());
        assertEquals(1_000, stopped.epochsDone());
        assertTrue(stopped.canResume(), "a stopped agent can go on");
        assertTrue(Files.isRegularFile(files(stopped).learner()));

        Heard heard = new Heard();
        TrainingRun resumed = await(service.resume(stopped.id(), heard));
        assertEquals(RunStatus.COMPLETED, resumed.status(), resumed.message());
        assertEquals(1_001, heard.episodes.get(0).episode(), "the episodes go on counting");
        assertEquals(3_000, resumed.epochsDone());
        assertFalse(resumed.canResume());
        assertTrue(resumed.durationMillis() >= stopped.durationMillis(), "training time adds up");

        TrainingRun whole = await(service.start(new TrainingRequest("Board", CONFIG, "").learningAs(TABLE),
                TrainingListener.NONE));
        assertEquals(files(whole).lastEpisodes(5_000), files(resumed).lastEpisodes(5_000),
                "seeded: stopped and resumed, the same games as uninterrupted, and episodes.csv whole");
    }

    @Test
    void aStoppedDqnRunResumesWithItsStepsEpisodesAndExplorationGoingOn() throws Exception {
        AgentSettings dqn = new AgentSettings(AgentSettings.Learner.DQN, 1_100, 1, 2.3e-3, 1.0, 0.1, 1_000,
                Sparring.MIXED);
        TrainingRun stopped = stoppedAt("Cart", dqn, 8);
        assertEquals(RunStatus.STOPPED, stopped.status(), stopped.message());
        assertTrue(stopped.canResume());
        EpisodeReport lastSaved = files(stopped).lastEpisodes(1).get(0);
        assertEquals(8, lastSaved.episode());

        Heard heard = new Heard();
        TrainingRun resumed = await(service.resume(stopped.id(), heard));
        assertEquals(RunStatus.COMPLETED, resumed.status(), resumed.message());
        EpisodeReport next = heard.episodes.get(0);
        assertEquals(9, next.episode());
        assertTrue(next.totalSteps() > lastSaved.totalSteps(), next + " after " + lastSaved);
        assertEquals(1.0 + (0.1 - 1.0) * (next.totalSteps() - 1) / 1_000.0, next.epsilon(), 1e-9,
                "exploration goes on from the steps taken");
        List<EpisodeReport> all = files(resumed).lastEpisodes(10_000);
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).episode(), "episodes.csv runs on without a gap or a repeat");
        }
        assertTrue(heard.episodes.stream().anyMatch(e -> Double.isFinite(e.loss())), "it learnt after resuming");
        assertInstanceOf(QNetwork.class, AgentBundle.load(files(resumed).bundle()).policy());
    }

    @Test
    void tabularLearningOfCartPoleIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> service.start(
                new TrainingRequest("Cart", CONFIG, "").learningAs(TABLE), TrainingListener.NONE));
        assertTrue(e.getMessage().contains("continuous"), e.getMessage());
        assertTrue(service.runs().isEmpty(), "nothing recorded");
    }
}
