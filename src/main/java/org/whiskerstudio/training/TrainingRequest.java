package org.whiskerstudio.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Start a new run of the named architecture of the project; {@code runName} empty means "name it for me".
 *
 * @param gan          what a GAN architecture learns (ignored for a classifier)
 * @param from         what the run's weights start from
 * @param freezeEpochs first epochs in which the layers below the output keep the start model's weights (0 = none)
 * @param normal       what an autoencoder learns as normal (ignored by the other kinds)
 * @param agent        how an agent learns; empty for its environment's defaults (ignored by the other kinds)
 */
public record TrainingRequest(String architectureName, TrainingConfig config, String runName, GanSettings gan,
                              WeightSource from, int freezeEpochs, NormalClass normal, Optional<AgentSettings> agent) {
    public TrainingRequest(String architectureName, TrainingConfig config, String runName, GanSettings gan,
                           WeightSource from, int freezeEpochs, NormalClass normal) {
        this(architectureName, config, runName, gan, from, freezeEpochs, normal, Optional.empty());
    }

    public TrainingRequest(String architectureName, TrainingConfig config, String runName, GanSettings gan,
                           WeightSource from, int freezeEpochs) {
        this(architectureName, config, runName, gan, from, freezeEpochs, NormalClass.ALL);
    }

    public TrainingRequest(String architectureName, TrainingConfig config, String runName, GanSettings gan) {
        this(architectureName, config, runName, gan, WeightSource.NEW, 0);
    }

    public TrainingRequest(String architectureName, TrainingConfig config, String runName) {
        this(architectureName, config, runName, GanSettings.defaults());
    }

    /** The same request starting from {@code source}, freezing the layers below the output for {@code epochs}. */
    public TrainingRequest startingFrom(WeightSource source, int epochs) {
        return new TrainingRequest(architectureName, config, runName, gan, source, epochs, normal, agent);
    }

    /** The same request learning {@code next} as normal (an autoencoder's). */
    public TrainingRequest learningNormal(NormalClass next) {
        return new TrainingRequest(architectureName, config, runName, gan, from, freezeEpochs, next, agent);
    }

    /** The same request with an agent learning as {@code settings} says. */
    public TrainingRequest learningAs(AgentSettings settings) {
        return new TrainingRequest(architectureName, config, runName, gan, from, freezeEpochs, normal,
                Optional.of(settings));
    }

    /** What is wrong with the settings (the config's and the start's), one sentence each; empty when fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(config.problems());
        if (freezeEpochs < 0 || freezeEpochs > config.epochs()) {
            problems.add("Frozen epochs must be 0 to the run's " + config.epochs() + " epochs (is " + freezeEpochs
                    + ").");
        }
        if (freezeEpochs > 0 && !from.fromModel()) {
            problems.add("Only a run that starts from a model can freeze its layers; with new weights there is "
                    + "nothing to keep.");
        }
        return problems;
    }
}
