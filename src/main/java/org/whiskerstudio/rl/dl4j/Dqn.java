package org.whiskerstudio.rl.dl4j;

import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.rl.Environment;
import org.whiskerstudio.rl.Greedy;
import org.whiskerstudio.rl.ReplayBuffer;
import org.whiskerstudio.rl.ResumableRandom;
import org.whiskerstudio.rl.Step;
import org.whiskerstudio.rl.TrainingListener;
import org.whiskerstudio.rl.Transition;

/**
 * Deep Q-learning (Mnih et al. 2015) on one environment: epsilon-greedy steps fill a replay buffer; every
 * {@code trainEvery} steps a burst of updates fits the online network to TD targets ({@link TdTargets}, Huber loss)
 * computed with a target network that follows the online one. Seeded: the same options train the same network. Its
 * whole state ({@link #state()}: both networks with the optimiser's, the buffer, the counters and the random stream)
 * can be saved and a learner built from it goes on where it was, with a fresh episode.
 */
public final class Dqn {
    private final Environment env;
    private final DqnOptions options;
    private final QNetwork online;
    private final QNetwork target;
    private final ReplayBuffer replay;
    private final ResumableRandom random;
    private long stepsDone;
    private int episodes;

    public Dqn(Environment env, DqnOptions options) {
        this.env = env;
        this.options = options;
        this.online = QNetwork.create(env.observationSize(), options.hidden(), env.actionCount(),
                options.learningRate(), options.seed());
        this.target = online.copy();
        this.replay = new ReplayBuffer(options.replayCapacity());
        this.random = new ResumableRandom(options.seed());
    }

    /** A learner going on from a saved state (a stopped run resumed): its next step is {@code state.steps() + 1}. */
    public Dqn(Environment env, DqnOptions options, DqnState state) {
        if (state.replay().capacity() != options.replayCapacity()) {
            throw new IllegalArgumentException("The saved replay buffer holds " + state.replay().capacity()
                    + " transitions, the options " + options.replayCapacity());
        }
        this.env = env;
        this.options = options;
        this.online = state.online();
        this.target = state.target();
        this.replay = state.replay();
        this.random = ResumableRandom.at(state.random());
        this.stepsDone = state.steps();
        this.episodes = state.episodes();
    }

    /** Everything needed to go on, as it stands (not a copy: save it before the next step). */
    public DqnState state() {
        return new DqnState(online, target, replay, stepsDone, episodes, random.state());
    }

    /** The network being trained; greedy on it is the agent's policy. */
    public QNetwork network() {
        return online;
    }

    QNetwork targetNetwork() {
        return target;
    }

    /**
     * Trains for the options' steps or until the listener says stop (after an episode, or between steps); returns
     * the online network.
     */
    public QNetwork train(TrainingListener listener) {
        Episode episode = new Episode(env.reset(random.nextLong()));
        for (long t = stepsDone + 1; t <= options.steps(); t++) {
            if (!listener.keepGoing()) {
                break;
            }
            double epsilon = options.epsilon().at(t - 1);
            boolean[] legal = env.legalActions();
            int action = random.nextDouble() < epsilon ? Greedy.randomLegal(legal, random)
                    : online.act(episode.observation, legal);
            Step step = env.step(action);
            replay.add(new Transition(episode.observation, action, step.reward(), step.observation(),
                    step.terminated(), env.legalActions()));
            episode.advance(step);
            if (t >= options.learningStarts() && t % options.trainEvery() == 0) {
                burst(episode, listener);
            }
            if (t % options.targetUpdateEvery() == 0) {
                target.blend(online, options.tau());
            }
            stepsDone = t;
            if (step.done()) {
                EpisodeReport report = new EpisodeReport(++episodes, t, episode.total, episode.length, epsilon,
                        episode.meanLoss());
                if (!listener.episodeEnded(report)) {
                    break;
                }
                episode = new Episode(env.reset(random.nextLong()));
            }
        }
        return online;
    }

    /** One gradient step on a replayed batch; its Huber loss. */
    double update() {
        List<Transition> transitions = replay.sample(options.batchSize(), random);
        return fit(transitions, target.valuesOf(TdTargets.nexts(transitions)), 0);
    }

    /**
     * The options' gradient steps, each on its own replayed batch. The target network does not move during a burst
     * (it follows between environment steps), so the next states of all the burst's batches go through it in one
     * forward pass: in DL4J one large pass costs little more than one small one. The batches are drawn first, in the
     * order the one-at-a-time loop drew them, so the same seed trains the same network.
     */
    private void burst(Episode episode, TrainingListener listener) {
        List<List<Transition>> batches = new ArrayList<>(options.gradientSteps());
        List<Transition> all = new ArrayList<>(options.gradientSteps() * options.batchSize());
        for (int g = 0; g < options.gradientSteps(); g++) {
            List<Transition> batch = replay.sample(options.batchSize(), random);
            batches.add(batch);
            all.addAll(batch);
        }
        double[][] nextTarget = target.valuesOf(TdTargets.nexts(all));
        int from = 0;
        for (List<Transition> transitions : batches) {
            if (!listener.keepGoing()) {
                return;
            }
            episode.addLoss(fit(transitions, nextTarget, from));
            from += transitions.size();
        }
    }

    /** Fits the online network to one batch's TD targets; row {@code from + i} of {@code nextTarget} is its i-th. */
    private double fit(List<Transition> transitions, double[][] nextTarget, int from) {
        TdTargets.Batch batch = TdTargets.of(transitions, online, nextTarget, from, options.discount(),
                options.doubleDqn());
        online.fit(batch.observations(), batch.targets());
        return batch.huberLoss();
    }

    /** The running episode's observation, return, length and losses. */
    private static final class Episode {
        private double[] observation;
        private double total;
        private int length;
        private double losses;
        private int updates;

        Episode(double[] observation) {
            this.observation = observation;
        }

        void advance(Step step) {
            observation = step.observation();
            total += step.reward();
            length++;
        }

        void addLoss(double loss) {
            losses += loss;
            updates++;
        }

        double meanLoss() {
            return updates == 0 ? Double.NaN : losses / updates;
        }
    }
}
