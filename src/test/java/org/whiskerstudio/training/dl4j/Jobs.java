package org.whiskerstudio.training.dl4j;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.Schedule;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;

/** Test runs of the trainer on the calling thread, recording what the listener heard. */
final class Jobs {
    private Jobs() {
    }

    static TrainingConfig config(int epochs, int batch, Optimizer optimizer, double rate, int patience) {
        return new TrainingConfig(epochs, batch, optimizer, rate, Schedule.CONSTANT, 0, 42, patience, 0,
                ResizeMode.STRETCH, Augmentation.none());
    }

    /** What a run reported. */
    static class Heard implements TrainingListener {
        final List<IterationMetric> iterations = new CopyOnWriteArrayList<>();
        final List<EpochMetric> epochs = new CopyOnWriteArrayList<>();

        @Override
        public void onIteration(IterationMetric metric) {
            iterations.add(metric);
        }

        @Override
        public void onEpoch(EpochMetric metric) {
            epochs.add(metric);
        }
    }

    static Dl4jTrainer.Job job(Path folder, LayerGraph graph, TrainingConfig config, TrainingTensors data,
                               TrainingControl control, TrainingListener listener, boolean resume) {
        return new Dl4jTrainer.Job(1, graph, config, new RunFolder(folder), data, control, listener, RunRecorder.NONE,
                resume, 0);
    }

    static TrainingOutcome run(Path folder, LayerGraph graph, TrainingConfig config, TrainingTensors data,
                               TrainingListener listener) throws Exception {
        return Dl4jTrainer.run(job(folder, graph, config, data, new TrainingControl(), listener, false));
    }

    /** Epoch metrics without their wall times, which differ from run to run. */
    static List<EpochMetric> timeless(List<EpochMetric> metrics) {
        return metrics.stream().map(m -> new EpochMetric(m.epoch(), m.iteration(), m.trainLoss(), m.trainAccuracy(),
                m.validationLoss(), m.validationAccuracy(), m.learningRate(), 0)).toList();
    }
}
