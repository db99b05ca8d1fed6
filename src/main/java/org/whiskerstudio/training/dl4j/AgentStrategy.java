package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.whiskerstudio.architecture.Agent;
import org.whiskerstudio.architecture.AgentEnvironment;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.Issue;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.training.AgentFiles;
import org.whiskerstudio.training.AgentSettings;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;

/**
 * An agent learns by acting in its environment ({@link AgentTrainer}): it needs none of the project's examples. Its
 * settings go to the run's {@code agent.json} when it is recorded; the seed is the run's. A resumed run goes on from
 * its learner's checkpoint.
 */
final class AgentStrategy implements RunStrategy {
    private final RunStore runs;

    AgentStrategy(RunStore runs) {
        this.runs = runs;
    }

    @Override
    public void check(Architecture architecture, TrainingRequest request) {
        Agent agent = agent(architecture);
        List<String> problems = settings(agent.environment(), request).problems(agent.environment());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
    }

    /** @throws IllegalArgumentException naming the network's mistakes */
    private static Agent agent(Architecture architecture) {
        return Agent.of(architecture.network()).orElseThrow(() -> new IllegalArgumentException("\""
                + architecture.name() + "\" cannot act yet: " + ShapeInference.analyse(architecture.network())
                .issues().stream().map(Issue::message).collect(Collectors.joining("; "))));
    }

    private static AgentSettings settings(AgentEnvironment environment, TrainingRequest request) {
        return request.agent().orElseGet(() -> AgentSettings.defaults(environment));
    }

    @Override
    public void recorded(TrainingRun run, TrainingRequest request) {
        AgentEnvironment environment = runs.architecture(run.id()).flatMap(a -> Agent.environmentOf(a.network()))
                .orElseThrow();
        try {
            new AgentFiles(runs.folder(run.id())).writeSettings(settings(environment, request));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the agent settings of the run: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<TrainingOutcome> train(RunJob job) throws IOException, InterruptedException {
        TrainingRun run = job.run();
        Agent agent = agent(job.architecture());
        AgentFiles files = new AgentFiles(runs.folder(run.id()));
        AgentSettings settings = files.readSettings().orElseThrow(() -> new IOException("Run " + run.id()
                + " has no agent settings in " + files.settings() + "."));
        runs.setProvenance(run.id(), EngineInfo.provenance("no data: the agent learns from its "
                + agent.environment().label().toLowerCase(java.util.Locale.ROOT) + " environment ("
                + settings.learner().label() + ")"));
        return Optional.of(AgentTrainer.run(new AgentTrainer.Job(run.id(), agent, settings, run.config().seed(),
                run.config().threads(), files, job.control(), job.listener(), RunRecorder.of(runs, run.id()),
                job.resume(), job.resume() ? run.durationMillis() : 0)));
    }

    /** The project's data means nothing to an agent. */
    @Override
    public List<String> warnings(Architecture architecture) {
        return List.of();
    }
}
