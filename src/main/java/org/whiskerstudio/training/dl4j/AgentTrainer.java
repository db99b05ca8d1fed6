package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.whiskerstudio.architecture.Agent;
import org.whiskerstudio.rl.EnvironmentKind;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.rl.GreedyChecks;
import org.whiskerstudio.rl.MovingAverage;
import org.whiskerstudio.rl.dl4j.AgentBundle;
import org.whiskerstudio.training.AgentFiles;
import org.whiskerstudio.training.AgentSettings;
import org.whiskerstudio.training.EpisodeLog;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.Replays;
import org.whiskerstudio.training.RunProgress;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;

/**
 * Runs an agent's learner ({@link AgentLearner}) inside the studio's run machinery: every episode goes to
 * {@code episodes.csv} and the listener; pause and stop are honoured between steps; every {@link #CHECKPOINT_MILLIS}
 * and at the end the learner is saved whole ({@code learner.zip}, to resume from) and the agent with it
 * ({@code agent.zip}); now and then a greedy episode is played for the screen ({@link Replays}). A resumed run goes on
 * from its learner's checkpoint: the counters, exploration, buffer and the episodes' file continue.
 * <p>
 * Where the environment has a solved line (cart-pole), {@link GreedyChecks} judge the greedy policy as training goes:
 * from the first check on, {@code agent.zip} holds the network of the best check (with {@code agent-check.properties})
 * rather than the last, which a DQN may have unlearnt; a check that reaches the line ends the run, solved; a run that
 * ends otherwise checks its last network too and keeps the better.
 */
final class AgentTrainer implements org.whiskerstudio.rl.TrainingListener {
    static final long CHECKPOINT_MILLIS = 30_000;
    /** How often the progress bar hears of the run, however fast episodes end. */
    private static final long PROGRESS_MILLIS = 100;
    /** Returns averaged for the history and the final message, as Gym's "solved" line does. */
    static final int AVERAGE_OVER = 100;

    /**
     * @param seed        the run's seed: the same seed and settings learn the same agent
     * @param threads     the run's compute threads for a DQN (0 = one)
     * @param resume      go on from the run's {@code learner.zip}
     * @param priorMillis training time of the run's earlier sessions
     */
    record Job(long runId, Agent agent, AgentSettings settings, long seed, int threads, AgentFiles files,
               TrainingControl control, TrainingListener listener, RunRecorder recorder, boolean resume,
               long priorMillis) {
    }

    private final Job job;
    private final EnvironmentKind kind;
    private final EpisodeLog log;
    private final AgentLearner learner;
    private final RunClock clock;
    private final RunSignals signals;
    private final MovingAverage average = new MovingAverage(AVERAGE_OVER);
    private final Replays replays;
    private final long startedAt;
    private EpisodeReport last;
    private long lastProgress;
    private long lastCheckpoint;
    private boolean interrupted;
    private final Optional<GreedyChecks> checks;
    private GreedyChecks.Check solvedBy;

    private AgentTrainer(Job job, EpisodeLog log, AgentLearner learner, List<EpisodeReport> earlier,
                         Optional<GreedyChecks.Check> best) {
        this.job = job;
        this.kind = EnvironmentKind.of(job.agent().environment());
        this.log = log;
        this.learner = learner;
        this.clock = new RunClock(job.priorMillis());
        this.signals = new RunSignals(job.recorder(), job.listener(), clock);
        this.replays = new Replays(job.agent().environment(), job.seed());
        this.startedAt = learner.doneSoFar();
        earlier.forEach(e -> average.add(e.episodeReturn()));
        this.last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        this.checks = GreedyChecks.of(kind, best);
    }

    static TrainingOutcome run(Job job) throws IOException, InterruptedException {
        AgentSettings s = job.settings();
        AgentFiles files = job.files();
        // A 64-wide network's updates are too small to share between threads: a short run of the test took 112 s
        // on 2 threads and 13-27 s on 1 (one sitting, load 15-20).
        try (Nd4jThreads ignored = Nd4jThreads.apply(job.threads() == 0 ? 1 : job.threads())) {
            AgentLearner learner = AgentLearner.of(job.agent(), s, job.seed(), job.resume()
                    ? Optional.of(files.learner()) : Optional.empty());
            try (EpisodeLog log = job.resume() ? EpisodeLog.continuing(files, learner.episodesSoFar())
                    : new EpisodeLog(files)) {
                List<EpisodeReport> earlier = job.resume() ? files.lastEpisodes(AVERAGE_OVER) : List.of();
                Optional<GreedyChecks.Check> best = job.resume() ? files.readCheck() : Optional.empty();
                return new AgentTrainer(job, log, learner, earlier, best).train();
            }
        }
    }

    private TrainingOutcome train() throws IOException, InterruptedException {
        job.listener().onAgentStart(job.runId(), learner.countsGames(), learner.budget(), startedAt);
        signals.status(RunStatus.RUNNING, "");
        try {
            learner.train(this);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (interrupted) {
            throw new InterruptedException("The agent's training was interrupted");
        }
        if (last != null) {
            // The last report may be up to PROGRESS_MILLIS old: the bar ends where the run did.
            reportProgress(last, clock.activeNanos() / 1_000_000);
            // A run shorter than the first replay's second would otherwise show none.
            job.listener().onReplay(replays.play(last.episode(), learner.policy()));
        }
        String kept = "";
        if (checks.isPresent() && checks.get().best().isPresent() && solvedBy == null && last != null) {
            // The last network may be better than the best checked one, or worse: play it too and keep the better.
            GreedyChecks.Check final_ = check(last);
            kept = checks.get().best().get() == final_ ? String.format(Locale.ROOT, "; its last network, "
                    + "kept, averaged %.1f over %d greedy episodes", final_.mean(), GreedyChecks.EPISODES)
                    : String.format(Locale.ROOT, "; its last network averaged %.1f over %d greedy episodes, so "
                            + "the agent kept is the best checked one, of step %,d (%.1f)", final_.mean(),
                    GreedyChecks.EPISODES, checks.get().best().get().step(), checks.get().best().get().mean());
        }
        checkpoint();
        boolean stopped = job.control().isStopRequested() && solvedBy == null;
        String done = last == null ? "no episode finished" : String.format(Locale.ROOT,
                "%,d episodes (%,d steps); average return of the last %d: %.3f", last.episode(), last.totalSteps(),
                Math.min(AVERAGE_OVER, last.episode()), average.mean());
        if (solvedBy != null) {
            return new TrainingOutcome(RunStatus.COMPLETED, String.format(Locale.ROOT, "Solved at step %,d "
                    + "(episode %,d): " + GreedyChecks.EPISODES + " greedy episodes averaged %.1f, over the line of %.0f; the agent is saved as "
                    + "agent.zip.", solvedBy.step(), solvedBy.episode(), solvedBy.mean(),
                    checks.orElseThrow().solvedLine()), progress());
        }
        return new TrainingOutcome(stopped ? RunStatus.STOPPED : RunStatus.COMPLETED, (stopped ? "Stopped after "
                : "Trained ") + done + kept + (stopped ? "; resume goes on from here" : "") + "; the agent is saved "
                + "as agent.zip.", progress());
    }

    /**
     * Plays the greedy episodes of a check of the current network after {@code report}; when it is the best so far,
     * saves the network as the run's agent at once, and when it reaches the solved line, marks the run solved.
     */
    private GreedyChecks.Check check(EpisodeReport report) throws IOException {
        GreedyChecks judge = checks.orElseThrow();
        GreedyChecks.Check check = GreedyChecks.Check.play(kind::create, learner.policy(), job.seed(), report);
        boolean best = judge.record(check);
        if (best) {
            saveAgent();
            job.files().writeCheck(check);
        }
        if (judge.solves(check)) {
            solvedBy = check;
        }
        signals.status(RunStatus.RUNNING, String.format(Locale.ROOT, "greedy check at step %,d: %.1f over %d "
                        + "episodes%s", check.step(), check.mean(), GreedyChecks.EPISODES,
                best ? " (the best so far: kept as the agent)" : String.format(Locale.ROOT, " (the agent kept: "
                        + "%.1f, step %,d)", judge.best().orElseThrow().mean(), judge.best().orElseThrow().step())));
        return check;
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
                reportProgress(report, now);
            }
            replays.next(now, report.episode(), learner.policy()).ifPresent(job.listener()::onReplay);
            if (checks.isPresent() && checks.get().due(report)) {
                check(report);
            }
            if (solvedBy == null && now - lastCheckpoint >= CHECKPOINT_MILLIS) {
                lastCheckpoint = now;
                checkpoint();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return solvedBy == null;
    }

    private void reportProgress(EpisodeReport report, long nowMillis) {
        lastProgress = nowMillis;
        long done = learner.done(report);
        // The rate is in the budget's unit (steps, or games for a table), so the screen's ETA holds.
        job.listener().onIteration(new IterationMetric(1, done, report.loss(),
                (done - startedAt) / Math.max(1e-3, nowMillis / 1000.0)));
    }

    @Override
    public boolean keepGoing() {
        try {
            return signals.awaitRunnable(job.control());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interrupted = true;
            return false;
        }
    }

    /**
     * The episodes first (the file may run ahead of the learner, never behind: a resume drops the lines past it),
     * then the learner and the agent, each whole or not at all, then the row.
     */
    private void checkpoint() throws IOException {
        log.flush();
        learner.save(job.files().learner());
        if (checks.isEmpty() || checks.get().best().isEmpty()) {
            saveAgent();
        }
        job.recorder().progress(progress());
    }

    private void saveAgent() throws IOException {
        new AgentBundle(kind, learner.policy(), trainedWith()).save(job.files().bundle());
    }

    private String trainedWith() {
        AgentSettings s = job.settings();
        return s.learner().label() + ", seed " + job.seed() + ", " + s.summary();
    }

    /** For an agent run the row's epochs count its episodes. */
    private RunProgress progress() {
        return new RunProgress(last == null ? 0 : last.episode(), clock.elapsedMillis(), OptionalInt.empty(),
                OptionalDouble.empty(), OptionalDouble.empty());
    }
}
