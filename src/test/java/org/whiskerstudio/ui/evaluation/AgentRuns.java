package org.whiskerstudio.ui.evaluation;

import java.io.IOException;
import java.util.Optional;
import org.whiskerstudio.architecture.AgentTemplates;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.rl.EnvironmentKind;
import org.whiskerstudio.rl.QTable;
import org.whiskerstudio.rl.dl4j.AgentBundle;
import org.whiskerstudio.training.AgentFiles;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;

/**
 * Agent runs for the Evaluate screen's tests: a run of the environment's template whose folder holds an agent with
 * an empty Q-table (every action worth 0, so it takes the lowest legal one).
 */
final class AgentRuns {
    private AgentRuns() {
    }

    static long add(ProjectStore store, EnvironmentKind environment, String name) throws IOException {
        RunStore runs = new RunStore(store);
        long id = runs.create(name, new Architecture(name, environment == EnvironmentKind.TICTACTOE
                ? AgentTemplates.noughtsAndCrosses() : AgentTemplates.cartPole(), Optional.empty()),
                TrainingConfig.defaults(), Provenance.here("test", "cpu", "")).id();
        runs.setStatus(id, RunStatus.COMPLETED, "");
        new AgentBundle(environment, new QTable(environment.create().actionCount()), "test")
                .save(new AgentFiles(runs.folder(id)).bundle());
        return id;
    }
}
