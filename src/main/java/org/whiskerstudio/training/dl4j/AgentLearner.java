package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.whiskerstudio.architecture.Agent;
import org.whiskerstudio.rl.Environment;
import org.whiskerstudio.rl.EnvironmentKind;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.rl.Policy;
import org.whiskerstudio.rl.TabularQLearning;
import org.whiskerstudio.rl.TakenInTurn;
import org.whiskerstudio.rl.TrainingListener;
import org.whiskerstudio.rl.dl4j.Dqn;
import org.whiskerstudio.rl.dl4j.DqnOptions;
import org.whiskerstudio.rl.dl4j.LearnerCheckpoint;
import org.whiskerstudio.training.AgentSettings;

/**
 * An agent run's learner, new or going on from its checkpoint ({@code learner.zip}): how it trains, the policy it
 * acts by, and its whole state to save. DQN on the drawn network, or tabular Q-learning.
 */
final class AgentLearner {
    /** Noughts &amp; crosses' discount with a table, as {@code whisker rl train} uses. */
    private static final double DISCOUNT_TABULAR = TabularQLearning.Options.defaults(0).discount();

    private final AgentSettings settings;
    private final LearnerCheckpoint.Sizes sizes;
    private final Supplier<Policy> policy;
    private final Supplier<LearnerCheckpoint.Saved> state;
    private final Function<TrainingListener, ?> training;

    private AgentLearner(AgentSettings settings, LearnerCheckpoint.Sizes sizes, Supplier<Policy> policy,
                         Supplier<LearnerCheckpoint.Saved> state, Function<TrainingListener, ?> training) {
        this.settings = settings;
        this.sizes = sizes;
        this.policy = policy;
        this.state = state;
        this.training = training;
    }

    /**
     * A learner for {@code agent} with the run's settings and seed; from {@code checkpoint} when given.
     *
     * @throws IOException when the checkpoint cannot be read or holds another learner than the settings name
     */
    static AgentLearner of(Agent agent, AgentSettings s, long seed, Optional<Path> checkpoint) throws IOException {
        EnvironmentKind kind = EnvironmentKind.of(agent.environment());
        Environment shape = kind.create();
        if (s.learner() == AgentSettings.Learner.TABULAR) {
            LearnerCheckpoint.Sizes sizes = new LearnerCheckpoint.Sizes(shape.observationSize(), shape.actionCount(), 0);
            TabularQLearning.Options options = new TabularQLearning.Options(s.episodes(), s.learningRate(),
                    DISCOUNT_TABULAR, s.epsilon(), seed);
            TabularQLearning learner = checkpoint.isEmpty() ? new TabularQLearning(s.opponent().environments(), options)
                    : saved(checkpoint.get(), sizes, LearnerCheckpoint.Table.class).map(t -> new TabularQLearning(
                            s.opponent().environments(), options, t.table(), t.progress())).orElseThrow();
            return new AgentLearner(s, sizes, learner::table, () -> new LearnerCheckpoint.Table(learner.table(),
                    learner.progress()), learner::train);
        }
        DqnOptions options = dqnOptions(agent, s, seed);
        LearnerCheckpoint.Sizes sizes = new LearnerCheckpoint.Sizes(shape.observationSize(), shape.actionCount(),
                options.replayCapacity());
        Environment env = kind == EnvironmentKind.TICTACTOE ? new TakenInTurn(s.opponent().environments()) : shape;
        Dqn dqn = checkpoint.isEmpty() ? new Dqn(env, options) : saved(checkpoint.get(), sizes,
                LearnerCheckpoint.Deep.class).map(d -> new Dqn(env, options, d.state())).orElseThrow();
        return new AgentLearner(s, sizes, dqn::network, () -> new LearnerCheckpoint.Deep(dqn.state()), dqn::train);
    }

    private static <T extends LearnerCheckpoint.Saved> Optional<T> saved(Path file, LearnerCheckpoint.Sizes sizes,
                                                                         Class<T> expected) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("The run has no learner checkpoint (" + file + ") to go on from.");
        }
        LearnerCheckpoint.Saved saved = LearnerCheckpoint.load(file, sizes);
        if (!expected.isInstance(saved)) {
            throw new IOException(file + " holds another learner than the run's settings name; it cannot go on.");
        }
        return Optional.of(expected.cast(saved));
    }

    /** The bench's tuned cart-pole DQN with the drawn network and the run's steps, rate and exploration. */
    static DqnOptions dqnOptions(Agent agent, AgentSettings s, long seed) {
        DqnOptions base = DqnOptions.cartPole(seed);
        return new DqnOptions(agent.hidden(), s.learningRate(), base.discount(), s.steps(), base.batchSize(),
                base.replayCapacity(), base.learningStarts(), base.trainEvery(), base.gradientSteps(),
                base.targetUpdateEvery(), base.tau(), s.epsilon(), base.doubleDqn(), seed);
    }

    /** Runs until the budget is spent or {@code listener} says stop. */
    void train(TrainingListener listener) {
        training.apply(listener);
    }

    Policy policy() {
        return policy.get();
    }

    /** Writes the learner's state whole or not at all (call it between steps, from the learner's listener). */
    void save(Path file) throws IOException {
        LearnerCheckpoint.save(file, state.get(), sizes);
    }

    /** Whether the budget counts games (a table) rather than environment steps (a DQN). */
    boolean countsGames() {
        return settings.learner() == AgentSettings.Learner.TABULAR;
    }

    /** The run's budget in its unit. */
    long budget() {
        return countsGames() ? settings.episodes() : settings.steps();
    }

    /** How much of the budget is spent after {@code episode}. */
    long done(EpisodeReport episode) {
        return countsGames() ? episode.episode() : episode.totalSteps();
    }

    /** How much of the budget was spent when the learner was saved or made. */
    long doneSoFar() {
        LearnerCheckpoint.Saved saved = state.get();
        if (saved instanceof LearnerCheckpoint.Table t) {
            return t.progress().episodes();
        }
        return ((LearnerCheckpoint.Deep) saved).state().steps();
    }

    /** Episodes finished so far (those of earlier sessions of a resumed run). */
    int episodesSoFar() {
        LearnerCheckpoint.Saved saved = state.get();
        if (saved instanceof LearnerCheckpoint.Table t) {
            return t.progress().episodes();
        }
        return ((LearnerCheckpoint.Deep) saved).state().episodes();
    }
}
