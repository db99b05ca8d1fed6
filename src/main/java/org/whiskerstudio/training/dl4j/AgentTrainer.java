package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.whiskerstudio.architecture.Agent;
import org.whiskerstudio.rl.EnvironmentKind;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.rl.MovingAverage;
import org.whiskerstudio.rl.Policy;
import org.whiskerstudio.rl.TabularQLearning;
import org.whiskerstudio.rl.TakenInTurn;
import org.whiskerstudio.rl.dl4j.AgentBundle;
import org.whiskerstudio.rl.dl4j.Dqn;
import org.whiskerstudio.rl.dl4j.DqnOptions;
import org.whiskerstudio.training.AgentFiles;
import org.whiskerstudio.training.AgentSettings;
import org.whiskerstudio.training.EpisodeLog;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.RunProgress;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.Replays;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;

/**
 * Runs an agent's learner (DQN on the drawn network, or tabular Q-learning) inside the studio's run machinery: every
 * episode goes to {@code episodes.csv} and the listener; pause and stop are honoured between steps; the agent is saved
 * as {@code agent.zip} every {@link #CHECKPOINT_MILLIS} and at the end; now and then a greedy episode is played for
 * the screen ({@link Replays}).
 */
final class AgentTrainer implements org.whiskerstudio.rl.TrainingListener {
    static final long CHECKPOINT_MILLIS = 30_000;
    /** How often the progress bar hears of the run, however fast episodes end. */
    private static final long PROGRESS_MILLIS = 100;
    /** Returns averaged for the history and the final message, as Gym's "solved" line does. */
    static final int AVERAGE_OVER = 100;

    /** Noughts &amp; crosses' discount with a table, as {@code whisker rl train} uses. */
    private static final double DISCOUNT_TABULAR = TabularQLearning.Options.defaults(0).discount();

    /**
     * @param seed    the run's seed: the same seed and settings learn the same agent
     * @param threads the run's compute threads for a DQN (0 = one)
     */
    record Job(long runId, Agent agent, AgentSettings settings, long seed, int threads, AgentFiles files,
               TrainingControl control, TrainingListener listener, RunRecorder recorder) {
    }

    private final Job job;
    private final EnvironmentKind kind;
    private final EpisodeLog log;
    private final Supplier<Policy> policy;
    private final RunClock clock = new RunClock(0);
    private final MovingAverage average = new MovingAverage(AVERAGE_OVER);
    private final Replays replays;
    private EpisodeReport last;
    private long lastProgress;
    private long lastCheckpoint;
    private boolean interrupted;

    private AgentTrainer(Job job, EpisodeLog log, Supplier<Policy> policy) {
        this.job = job;
        this.kind = EnvironmentKind.of(job.agent().environment());
        this.log = log;
        this.policy = policy;
        this.replays = new Replays(job.agent().environment(), job.seed());
    }

    static TrainingOutcome run(Job job) throws IOException, InterruptedException {
        AgentSettings s = job.settings();
        EnvironmentKind kind = EnvironmentKind.of(job.agent().environment());
        try (EpisodeLog log = new EpisodeLog(job.files())) {
            if (s.learner() == AgentSettings.Learner.TABULAR) {
                TabularQLearning learner = new TabularQLearning(s.opponent().environments(),
                        new TabularQLearning.Options(s.episodes(), s.learningRate(), DISCOUNT_TABULAR, s.epsilon(),
                                job.seed()));
                return new AgentTrainer(job, log, learner::table).train(s.episodes(), learner::train);
            }
            // A 64-wide network's updates are too small to share between threads: a short run of the test took 112 s
            // on 2 threads and 13-27 s on 1 (one sitting, load 15-20).
            try (Nd4jThreads ignored = Nd4jThreads.apply(job.threads() == 0 ? 1 : job.threads())) {
                Dqn dqn = new Dqn(kind == EnvironmentKind.TICTACTOE ? new TakenInTurn(s.opponent().environments())
                        : kind.create(), dqnOptions(job.agent(), s, job.seed()));
                return new AgentTrainer(job, log, dqn::network).train(s.steps(), dqn::train);
            }
        }
    }

    /** The bench's tuned cart-pole DQN with the drawn network and the run's steps, rate and exploration. */
    static DqnOptions dqnOptions(Agent agent, AgentSettings s, long seed) {
        DqnOptions base = DqnOptions.cartPole(seed);
        return new DqnOptions(agent.hidden(), s.learningRate(), base.discount(), s.steps(), base.batchSize(),
                base.replayCapacity(), base.learningStarts(), base.trainEvery(), base.gradientSteps(),
                base.targetUpdateEvery(), base.tau(), s.epsilon(), base.doubleDqn(), seed);
    }

    /** A learner's train method: it runs until its budget is spent or this listener says stop. */
    @FunctionalInterface
    private interface Learning {
        Object train(org.whiskerstudio.rl.TrainingListener listener);
    }

    private TrainingOutcome train(long budget, Learning learning)
            throws IOException, InterruptedException {
        job.listener().onStart(job.runId(), 1, budget, 0);
        job.listener().onStatus(RunStatus.RUNNING, "");
        try {
            learning.train(this);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (interrupted) {
            throw new InterruptedException("The agent's training was interrupted");
        }
        checkpoint();
        boolean stopped = job.control().isStopRequested();
        String done = last == null ? "no episode finished" : String.format(Locale.ROOT,
                "%,d episodes (%,d steps); average return of the last %d: %.3f", last.episode(), last.totalSteps(),
                Math.min(AVERAGE_OVER, last.episode()), average.mean());
        return new TrainingOutcome(stopped ? RunStatus.STOPPED : RunStatus.COMPLETED, (stopped ? "Stopped after "
                : "Trained ") + done + "; the agent is saved as agent.zip.", progress());
    }

    @Override
    public boolean episodeEnded(EpisodeReport report) {
        last = report;
        average.add(report.episodeReturn());
        try {
            log.append(report);
            job.listener().onEpisode(report);
            long now = clock.activeNanos() / 1_000_000;
            if (now - lastProgress >= PROGRESS_MILLIS) {
                lastProgress = now;
                long done = job.settings().learner() == AgentSettings.Learner.TABULAR ? report.episode()
                        : report.totalSteps();
                // The rate is in the budget's unit (steps, or games for a table), so the screen's ETA holds.
                job.listener().onIteration(new IterationMetric(1, done, report.loss(),
                        done / Math.max(1e-3, now / 1000.0)));
            }
            replays.next(now, report.episode(), policy.get()).ifPresent(job.listener()::onReplay);
            if (now - lastCheckpoint >= CHECKPOINT_MILLIS) {
                lastCheckpoint = now;
                checkpoint();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    @Override
    public boolean keepGoing() {
        try {
            return job.control().awaitRunnable(() -> {
                clock.pause();
                job.listener().onStatus(RunStatus.PAUSED, "");
            }, () -> {
                clock.resume();
                job.listener().onStatus(RunStatus.RUNNING, "");
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interrupted = true;
            return false;
        }
    }

    /** The agent whole or not at all, then the episodes up to it, then the row. */
    private void checkpoint() throws IOException {
        new AgentBundle(kind, policy.get(), trainedWith()).save(job.files().bundle());
        log.flush();
        job.recorder().progress(progress());
    }

    private String trainedWith() {
        AgentSettings s = job.settings();
        return s.learner().label() + ", seed " + job.seed() + ", " + s;
    }

    /** For an agent run the row's epochs count its episodes. */
    private RunProgress progress() {
        return new RunProgress(last == null ? 0 : last.episode(), clock.elapsedMillis(), OptionalInt.empty(),
                OptionalDouble.empty(), OptionalDouble.empty());
    }
}
