package org.whiskerstudio.training.dl4j;

import java.util.EnumMap;
import java.util.Map;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.training.RunStore;

/** The training service's strategy for each model kind, over one project's data and runs. */
final class RunStrategies {
    private final Map<ModelKind, RunStrategy> byKind = new EnumMap<>(ModelKind.class);

    RunStrategies(TrainingDataSource source, RunStore runs, StartModels starts) {
        byKind.put(ModelKind.CLASSIFIER, new ClassifierStrategy(source, runs, starts));
        byKind.put(ModelKind.GAN, new GanStrategy(source, runs));
        byKind.put(ModelKind.CHARACTER_MODEL, new CharacterStrategy(source, runs));
        byKind.put(ModelKind.AUTOENCODER, new AutoencoderStrategy(source, runs));
        byKind.put(ModelKind.DETECTOR, new DetectorStrategy(source, runs));
        byKind.put(ModelKind.AGENT, new AgentStrategy(runs));
    }

    /** @throws IllegalArgumentException for a kind this studio cannot train */
    RunStrategy of(ModelKind kind) {
        RunStrategy strategy = byKind.get(kind);
        if (strategy == null) {
            throw new IllegalArgumentException("This version of Whisker Studio cannot train a " + kind.label() + ".");
        }
        return strategy;
    }
}
